/// <reference types="astro/client" />

declare module '*.yaml' {
  /** Parsed YAML; parse it with the matching zod schema before use. */
  const data: unknown;
  export default data;
}
