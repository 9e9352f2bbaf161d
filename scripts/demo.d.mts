export declare function demoSettings(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): { port: number; hostname: string; settings: Record<string, string> };
