/**
 * One line of text a person typed for others to read (a name, a class name, an assignment's title):
 * no control characters, which break layouts, and no bidirectional overrides or isolates, which turn
 * what follows round ("\u202Eevil" showed as "live" in a teacher's gradebook, UX review). Letters of
 * right-to-left scripts need none of them.
 */
export const plainLine = /^[^\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/;
