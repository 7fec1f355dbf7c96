export declare const repoRoot: string;
export declare function prismaEnv(): NodeJS.ProcessEnv;
export declare function runPrisma(args: string[], options?: { capture?: boolean }): string;
