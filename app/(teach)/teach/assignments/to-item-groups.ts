import type { ItemGroupView } from "@/components/analysis/types";
import { itemTypeLabels } from "@/components/quiz/types";
import type { ItemAnalysis, ItemFlag, ItemStats } from "@/lib/server/services/teach/analysis/types";
import { MIN_RESPONSES } from "@/lib/server/services/teach/analysis/statistics";

const flagSentences: Record<ItemFlag, string> = {
  too_few_answers: `Not enough answers yet (figures appear from ${MIN_RESPONSES}).`,
  negative_discrimination: "Stronger students got this wrong more often than weaker ones: check the answer key and the wording.",
  non_functioning_distractor: "Some wrong options are hardly ever chosen: they do not test anything.",
};

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
const signed = (value: number | null) => (value === null ? "—" : value.toFixed(2).replace("-", "−"));

function itemRow(item: ItemStats, number: number): ItemGroupView["items"][number] {
  const tooFew = item.flags.includes("too_few_answers");
  return {
    number,
    key: item.key,
    typeLabel: itemTypeLabels[item.type],
    prompt: item.prompt,
    responses: item.responses,
    unanswered: item.unanswered,
    facility: item.facility,
    // Too few answers for a share to mean much, but a teacher of a small class still wants to know how they went.
    facilityLabel: tooFew ? `${item.correct} of ${item.responses}` : percent(item.facility),
    discriminationLabel: tooFew ? "—" : signed(item.discrimination),
    upperLowerLabel: tooFew ? "—" : signed(item.upperLower),
    flags: item.flags.map((flag) => flagSentences[flag]),
    isFlagged: !tooFew && item.flags.length > 0,
    hasTooFewAnswers: tooFew,
    options: item.options.map((option) => ({
      text: option.text,
      isKey: option.isKey,
      rate: option.rate,
      rateLabel: percent(option.rate),
      countLabel: `${option.chosen} of ${option.shown}`,
      isNonFunctioning: option.isNonFunctioning,
    })),
  };
}

/** The analysis as the item sections show it: items numbered once across the page, so chart labels and table rows agree. */
export function toItemGroups(analysis: ItemAnalysis): ItemGroupView[] {
  let number = 0;
  return analysis.groups.map((group, index) => ({
    id: group.moduleSlug ?? `other-${index}`,
    title: group.title,
    items: group.items.map((item) => itemRow(item, ++number)),
  }));
}
