import { expect } from "vitest";
import { isAppError } from "@/lib/server/errors";

/** What a service's refusal (AppError) tells its caller. */
export interface Refusal {
  status: number;
  message: string;
  field?: string;
  retryAfterSeconds?: number;
}

/** The AppError `promise` rejects with; fails the test if it resolves or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    expect(isAppError(error), String(error)).toBe(true);
    return error as Refusal;
  }
  throw new Error("expected a rejection");
}
