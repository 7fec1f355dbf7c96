import { describe, expect, it } from "vitest";
import type { Gradebook } from "@/lib/server/services/teach/gradebook/types";
import { sortLinksFor } from "./to-gradebook-view";

const gradebook = { assignments: [{ id: "week-1" }] } as unknown as Gradebook;

describe("gradebook sort links", () => {
  it("name the order each link sorts in: a column not sorted by reads best-first, names A–Z", () => {
    const links = sortLinksFor(gradebook, {});
    expect(links.name).toEqual({ href: "?sort=name&dir=desc", current: "ascending", next: "descending" });
    expect(links.average).toEqual({ href: "?sort=average&dir=desc", current: null, next: "descending" });
    expect(links["a:week-1"]).toMatchObject({ href: "?sort=a%3Aweek-1&dir=desc", next: "descending" });
  });

  it("flip the column the table is sorted by", () => {
    const links = sortLinksFor(gradebook, { sort: "average", dir: "desc" });
    expect(links.average).toEqual({ href: "?sort=average&dir=asc", current: "descending", next: "ascending" });
    expect(links.name).toMatchObject({ current: null, next: "ascending" });
  });
});
