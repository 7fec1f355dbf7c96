/**
 * One parsed YAML file of a pack, keeping the document so that any data path
 * can be traced back to the line it was written on.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { formatDataPath, type ContentProblem } from "./problems";

export type DataPath = readonly (string | number)[];

export interface YamlFile {
  /** Path relative to the pack folder. */
  file: string;
  /** The plain data of the document (undefined for an empty file or one with syntax errors). */
  data: unknown;
  /** Syntax errors, each with its line. */
  syntaxProblems: ContentProblem[];
  /** Line of the node at `path`, or of its nearest existing ancestor when the path does not exist. */
  lineAt(path: DataPath): number | undefined;
  /** Line of the key `key` inside the map at `path` (for unknown fields), falling back to the map's line. */
  keyLineAt(path: DataPath, key: string): number | undefined;
  /**
   * Line where `snippet` is written inside the node at `path` (a long folded
   * text spans many lines), falling back to the node's own line.
   */
  snippetLineAt(path: DataPath, snippet: string): number | undefined;
  /** A problem located at `path` in this file. */
  problemAt(path: DataPath, message: string): ContentProblem;
}

/** Parses YAML source, recording line positions; syntax errors become problems, never exceptions. */
export function parseYamlFile(file: string, source: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOfOffset = (offset: number) => lineCounter.linePos(offset).line;

  const syntaxProblems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    line: lineOfOffset(error.pos[0]),
    message: `YAML syntax error: ${firstLine(error.message)}`,
  }));

  const nodeAt = (path: DataPath): Node | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return node;
    }
    return undefined;
  };

  const lineAt = (path: DataPath): number | undefined => {
    const node = nodeAt(path);
    return node?.range ? lineOfOffset(node.range[0]) : undefined;
  };

  const keyLineAt = (path: DataPath, key: string): number | undefined => {
    const container = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isMap(container)) {
      const pair = container.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isNode(pair.key) && pair.key.range) return lineOfOffset(pair.key.range[0]);
    }
    return lineAt(path);
  };

  const snippetLineAt = (path: DataPath, snippet: string): number | undefined => {
    const node = doc.getIn(path, true);
    if (isNode(node) && node.range) {
      const at = source.indexOf(snippet, node.range[0]);
      if (at !== -1 && at < node.range[1]) return lineOfOffset(at);
    }
    return lineAt(path);
  };

  return {
    file,
    data: doc.errors.length > 0 ? undefined : toData(doc),
    syntaxProblems,
    lineAt,
    keyLineAt,
    snippetLineAt,
    problemAt: (path, message) => ({ file, line: lineAt(path), path: formatDataPath(path) || undefined, message }),
  };
}

function toData(doc: Document): unknown {
  // Aliases are legal YAML but pointless in a pack; cap them so a crafted file cannot blow up memory.
  return doc.toJS({ maxAliasCount: 100 });
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
