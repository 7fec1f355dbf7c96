import { describe, expect, it } from "vitest";
import { columnsFromCard, emptyCard, masteryOf, nextCard, Rating, type MemoryColumns } from "./fsrs-memory";

type Grade = Parameters<typeof nextCard>[2];
const DAY_MS = 86_400_000;

/** The memory after `ratings`, each given on the day the previous review fell due (or after `gapDays`). */
function memoryAfter(ratings: Grade[], gapDays?: number): MemoryColumns {
  let now = new Date("2026-06-01T09:00:00Z");
  let card = emptyCard(now);
  for (const rating of ratings) {
    card = nextCard(card, now, rating);
    now = gapDays === undefined ? new Date(Math.max(card.due.getTime(), now.getTime() + 60_000)) : new Date(now.getTime() + gapDays * DAY_MS);
  }
  return columnsFromCard(card);
}

describe("masteryOf", () => {
  it("is new before any answer", () => {
    expect(masteryOf(null)).toBe("new");
  });

  it("is not reached by one answer, however fast (a lucky tap on true or false is not mastery)", () => {
    for (const rating of [Rating.Hard, Rating.Good, Rating.Easy] as const) expect(masteryOf(memoryAfter([rating]))).toBe("learning");
  });

  it("is not reached by a few right answers in one sitting", () => {
    expect(masteryOf(memoryAfter([Rating.Easy, Rating.Easy], 0))).toBe("learning");
    expect(masteryOf(memoryAfter([Rating.Good, Rating.Good, Rating.Good], 0))).toBe("learning");
  });

  it("is reached by right answers spread over days, each when it falls due", () => {
    expect(masteryOf(memoryAfter([Rating.Easy, Rating.Good]))).toBe("mastered");
    // A first Good starts FSRS's same-day learning steps: the second leaves them, the next two are days apart.
    expect(masteryOf(memoryAfter([Rating.Good, Rating.Good, Rating.Good]))).toBe("learning");
    expect(masteryOf(memoryAfter([Rating.Good, Rating.Good, Rating.Good, Rating.Good]))).toBe("mastered");
  });

  it("is lost by a wrong answer", () => {
    expect(masteryOf(memoryAfter([Rating.Easy, Rating.Good, Rating.Again]))).toBe("learning");
  });
});

describe("nextCard", () => {
  it("counts a review stamped before the card's last one as made at that last review, not as time running backwards", () => {
    const first = new Date("2026-06-03T09:00:00Z");
    const reviewed = nextCard(nextCard(emptyCard(first), first, Rating.Good), new Date(first.getTime() + 60_000), Rating.Good);
    const last = reviewed.last_review as Date;
    // Two days behind (ts-fsrs threw "Invalid delta_t -2"), and a second behind (another server's clock).
    for (const behind of [2 * DAY_MS, 1_000]) {
      expect(nextCard(reviewed, new Date(last.getTime() - behind), Rating.Again)).toEqual(nextCard(reviewed, last, Rating.Again));
    }
  });
});
