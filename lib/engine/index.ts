/**
 * Groundwork's generation engine: lessons and quizzes from a loaded content
 * pack. Pure and deterministic: no I/O, no clock, no global randomness; the
 * same pack, request and seed give the same output byte for byte.
 *
 * @example
 * import { generateQuiz, gradeResponse } from "@/lib/engine";
 * const { items, key } = generateQuiz(pack, { modules: "all", count: 20, seed: "attempt-1" });
 * const result = gradeResponse(items[0], key[items[0].id], { optionId: "a" });
 */
export { generateQuiz, maxQuizItems } from "./quiz";
export { generateAllItems, generateAllItemsDetailed } from "./generate";
export { buildLesson } from "./lesson";
export { gradeResponse, checkTypedAnswer } from "./grade";
export { EngineError, InvalidRequestError } from "./errors";
export { formatDate } from "./dates";
export { formatQuantity } from "./numbers";
export { topicLabel } from "./topics";
export { joinList } from "./text";
export { itemTypes, difficulties } from "./types";
export type {
  AcceptedAnswer,
  AnswerFormat,
  AnswerKey,
  AnswerKeyEntry,
  AnswerPart,
  AskedItem,
  ChoiceClientItem,
  ChoiceResponse,
  Citation,
  ClientItem,
  ClozeClientItem,
  ClozeResponse,
  Difficulty,
  GlossaryEntry,
  GradeResult,
  ItemOption,
  ItemResponse,
  ItemType,
  KeyAnswer,
  KeyFigure,
  Lesson,
  LessonActor,
  LessonFact,
  LessonSection,
  MatchingClientItem,
  MatchingKind,
  MatchingResponse,
  OrderingClientItem,
  OrderingResponse,
  Quiz,
  QuizRequest,
  ResponseByType,
  ShortAnswerClientItem,
  TextResponse,
  TimelineEntry,
  TrueFalseClientItem,
  TrueFalseResponse,
} from "./types";
