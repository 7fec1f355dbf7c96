import { formatJoinCode } from "@/lib/validation/classes";

/** A stored join code as the teacher shows it: the code to read aloud and the path of the join link. */
export function joinCodeView(storedCode: string): { joinCode: string; joinPath: string } {
  const joinCode = formatJoinCode(storedCode);
  return { joinCode, joinPath: `/join/${joinCode}` };
}
