/**
 * Where pip should look. On a machine whose pip is configured with local
 * (file://) indexes only as extras, pip would still try the default index
 * first and wait out its timeout on a closed network; use the local ones as
 * the index instead. TRACEBOOK_PIP_ARGS overrides everything.
 */
export function pipSourceArgs(pipConfig: string, override = process.env.TRACEBOOK_PIP_ARGS): string[] {
  if (override !== undefined) return override.split(/\s+/).filter(Boolean);
  const value = (key: string) => {
    const m = new RegExp(`^[\\w:.]*?\\b${key}='([^']*)'`, "m").exec(pipConfig);
    return m ? m[1]!.split(/\s+/).filter(Boolean) : [];
  };
  if (value("index-url").length > 0) return [];
  const local = value("extra-index-url").filter((u) => u.startsWith("file:"));
  if (local.length === 0) return [];
  return ["--index-url", local[0]!, ...local.slice(1).flatMap((u) => ["--extra-index-url", u])];
}
