/** The part of webidl2's AST this site reads (the package ships no types). */
declare module 'webidl2' {
  export interface IDLTypeDescription {
    type: string | null;
    generic: string;
    nullable: boolean;
    union: boolean;
    idlType: string | IDLTypeDescription[];
  }
  export interface IDLMember {
    type: string;
    name?: string;
    readonly?: boolean;
    special?: string;
    idlType?: IDLTypeDescription | null;
    arguments?: {
      name: string;
      idlType: IDLTypeDescription;
      optional: boolean;
      variadic: boolean;
    }[];
  }
  export interface IDLRootType {
    type: string;
    name: string;
    partial?: boolean;
    inheritance?: string | null;
    target?: string;
    includes?: string;
    members?: IDLMember[];
  }
  export function parse(text: string, options?: Record<string, unknown>): IDLRootType[];
  export function write(ast: IDLRootType[]): string;
}
