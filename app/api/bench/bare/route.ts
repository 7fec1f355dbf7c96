/**
 * POST/GET /api/bench/bare — `{ ok: true }` and nothing else: the baseline
 * `npm run bench` measures the answers API against, in the same build and
 * run. Only when GROUNDWORK_BENCH=1; otherwise 404, like any unknown path.
 */
export const dynamic = "force-dynamic";

function bare(): Response {
  if (process.env.GROUNDWORK_BENCH !== "1") return new Response(null, { status: 404 });
  return Response.json({ ok: true });
}

export { bare as GET, bare as POST };
