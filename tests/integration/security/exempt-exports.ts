/**
 * Exported functions of the audited services that need no IDOR case, each
 * with the reason. A new export lands in the IDOR suite's failure list until
 * it gets cases (learner-cases.ts, teacher-cases.ts) or a line here.
 */

/** Take no id of a stored record, or only build values: nothing to point at someone else's data. */
export const takesNoId: Record<string, string> = {
  startAttempt: "creates the actor's own attempt from public module/fact slugs",
  createClass: "creates a class owned by the actor",
  loadQuizPack: "public content",
  getLesson: "public content: the same lesson for every learner, by module slug",
  resolveOptions: "options defaults",
  attemptNotFound: "builds an error",
  assignmentNotFound: "builds an error",
  classNotFound: "builds an error",
  parseInput: "zod parsing",
  visibleTo: "builds the where clause that scopes a student's assignments to their own classes",
  toMyAssignment: "maps a row already loaded for its owner",
  isFeedbackPerItem: "pure rule",
  isFeedbackVisible: "pure rule",
  isPastTimeLimit: "pure rule",
  toClientItem: "maps a stored item",
  parseKey: "maps a stored key",
  parseStoredResponse: "maps a stored answer",
  feedbackFor: "pure grading view",
  toAttemptView: "maps an attempt already loaded for its owner",
  dayKey: "calendar arithmetic",
  dayBounds: "calendar arithmetic",
  shiftDayKey: "calendar arithmetic",
  weekKey: "calendar arithmetic",
  csvCell: "CSV quoting",
  studentAssignmentHref: "builds a link",
  teacherAssignmentHref: "builds a link",
  formatDueDate: "formats a date",
  ratingFor: "FSRS arithmetic",
  columnsFromCard: "FSRS mapping",
  cardFromColumns: "FSRS mapping",
  nextCard: "FSRS arithmetic",
  emptyCard: "FSRS value",
  MemoryConflictError: "error class",
  masteryOf: "pure rule",
  facility: "statistics",
  pointBiserial: "statistics",
  upperLowerIndex: "statistics",
  optionRates: "statistics",
  itemFlags: "statistics",
  itemKey: "statistics key",
  tallyItems: "statistics over rows already loaded for a teacher of the class",
  buildAnalysisDigest: "pure: digests item rows its caller loaded",
  decodeAnalysisDigest: "pure: decodes a digest its caller loaded",
  isCurrentAnalysisDigest: "pure: reads a digest's version",
  ItemTally: "statistics over rows already loaded for a teacher of the class",
  assignmentStanding: "pure rule",
  assertCanTeach: "role predicate (its refusals are cases of the verbs that use it)",
  assertClassOwner: "role predicate (its refusals are cases of the verbs that use it)",
  assertStudent: "role predicate (its refusals are cases of the verbs that use it)",
  formatJoinCode: "formats a code",
  normaliseJoinCode: "normalises a code",
  generateJoinCode: "random code",
  joinCodeView: "formats a code",
  ownerFirst: "sorting",
  cellKey: "map key",
  sortGradebookRows: "sorts a gradebook already loaded for its teacher",
};

/**
 * Take the database and ids their caller has already checked: trusted
 * internals of the services above. The suite checks that no route, page or
 * action under app/ imports them, so a request cannot reach them directly.
 */
export const internalHelpers: Record<string, string> = {
  findMyAssignmentRows: "the student's assignment query; callers pass the signed-in user's id",
  factIdsOf: "maps slugs of an item already loaded for its owner",
  closeAttemptRecord: "closes an attempt its caller loaded",
  lockOpenAttempt: "checks an attempt its caller loaded for its owner is still open, inside the write's transaction",
  closeExpiredAttempts: "housekeeping with a scope its caller built",
  createAttemptRecord: "writes the attempt its caller (startAttempt, startAssignmentAttempt) authorised",
  recordReviews: "writes FSRS memory inside the answer's transaction",
  recomputeMemory: "maintenance (scripts/admin)",
  reviewQueue: "the review query; callers pass the signed-in user's id",
  ensureDueSoonNotifications: "creates the signed-in user's own reminders",
  loadModuleIndex: "public content",
  withFreshJoinCode: "retries a write on a code collision",
  findOpenClassByCode: "the join lookup behind joinClass and previewClassToJoin, with the guessing throttle",
  loadAnalysedItems: "the item-analysis query; callers pass attempts counted from a class of findTaughtClass",
  loadClassRecords: "the gradebook query; callers pass a class from findTaughtClass",
};
