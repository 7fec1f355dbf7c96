import { describe, expect, it } from "vitest";
import { loadRealPack } from "./__fixtures__/packs";
import { topicLabel } from "./topics";

const real = loadRealPack().pack;
if (!real) throw new Error("the real pack does not load");
const { facts } = real;

describe("topic labels", () => {
  it.each([
    ["north-waziristan", "North Waziristan"],
    ["pakistani-taliban", "Pakistani Taliban"],
    ["bin-laden", "Bin Laden"],
    ["cpec", "CPEC"],
    ["isi", "ISI"],
    ["middle-east", "Middle East"],
    ["border-strike", "Border strike"],
    ["cold-war", "Cold War"],
    ["anti-americanism", "Anti-Americanism"],
  ])("reads %s as %s", (tag, label) => expect(topicLabel(real, tag)).toBe(label));

  it("gives the pack's acronyms their capitals inside a tag, and reads plain words without a pack", () => {
    expect(topicLabel(real, "nato-supply-routes")).toBe("NATO supply routes");
    expect(topicLabel(undefined, "north-waziristan")).toBe("North waziristan");
  });

  it("takes the pack's own label before an entity's name", () => {
    expect(real.entities.some((entity) => entity.name === "Abbottabad")).toBe(true);
    expect(topicLabel(real, "abbottabad")).toBe(real.meta.topics.abbottabad);
  });

  it("reads every tag of the real pack without a slug's hyphen or a lower-case start", () => {
    for (const tag of new Set(facts.flatMap((fact) => fact.tags))) {
      expect(topicLabel(real, tag), tag).toMatch(real.meta.topics[tag] ? /^[A-Z0-9]/ : /^[A-Z0-9][^-]*$/);
    }
  });
});
