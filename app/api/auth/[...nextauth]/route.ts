import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/server/auth/config";
import { isHttpsRequest } from "@/lib/server/auth/environment";

// Sign-in and sign-out bodies are a few hundred bytes; refuse big ones before
// next-auth parses them (and long before any password is hashed).
const MAX_BODY_BYTES = 8 * 1024;

type RouteContext = { params: Promise<{ nextauth: string[] }> };

function refuse(status: number, error: string): Response {
  return Response.json({ error }, { status });
}

async function handle(request: NextRequest, context: RouteContext): Promise<Response> {
  if (request.method === "POST") {
    const declared = request.headers.get("content-length");
    if (declared === null) return refuse(411, "Send a Content-Length header.");
    const length = Number(declared);
    if (!Number.isSafeInteger(length) || length < 0) return refuse(400, "Invalid Content-Length header.");
    if (length > MAX_BODY_BYTES) return refuse(413, "The request is too large.");
  }
  return NextAuth(getAuthOptions(isHttpsRequest(request.headers)))(request, context) as Promise<Response>;
}

export { handle as GET, handle as POST };
