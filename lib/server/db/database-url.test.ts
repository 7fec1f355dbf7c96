import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseProvider, describeDatabase, sqliteFilePath } from "./database-url";

describe("databaseProvider", () => {
  it.each([
    [undefined, "sqlite"],
    ["", "sqlite"],
    ["file:./.data/dev.db", "sqlite"],
    ["postgres://u@h/db", "postgresql"],
    ["postgresql://u:p@h:5433/db", "postgresql"],
  ] as const)("%s → %s", (url, provider) => {
    expect(databaseProvider(url)).toBe(provider);
  });

  it("rejects other schemes with a message naming the accepted ones", () => {
    expect(() => databaseProvider("mysql://u@h/db")).toThrow(/file:.*postgresql:\/\//);
  });
});

describe("sqliteFilePath", () => {
  it("defaults to .data/groundwork.db under the working directory", () => {
    expect(sqliteFilePath(undefined)).toBe(path.resolve(".data/groundwork.db"));
  });
  it("resolves relative file: URLs from the working directory and keeps absolute ones", () => {
    expect(sqliteFilePath("file:./tmp/x.db")).toBe(path.resolve("tmp/x.db"));
    expect(sqliteFilePath("file:/var/lib/gw.db")).toBe("/var/lib/gw.db");
    expect(sqliteFilePath("file:///var/lib/gw.db?mode=rw")).toBe("/var/lib/gw.db");
  });
});

describe("describeDatabase", () => {
  it("names host, port and database but never the password", () => {
    const text = describeDatabase("postgresql://app:hunter2@db.internal/groundwork");
    expect(text).toContain("db.internal:5432");
    expect(text).toContain('"groundwork"');
    expect(text).not.toContain("hunter2");
  });
});
