import type { LanguageRegistration } from 'shiki';

/**
 * A small TextMate grammar for WebIDL (Shiki bundles none): comments, strings, extended
 * attributes, keywords, built-in types, interface names and numbers.
 * https://webidl.spec.whatwg.org/#idl-grammar
 */
export const webidlGrammar: LanguageRegistration = {
  name: 'webidl',
  scopeName: 'source.webidl',
  repository: {},
  patterns: [
    { name: 'comment.line.double-slash.webidl', match: '//.*$' },
    { name: 'comment.block.webidl', begin: '/\\*', end: '\\*/' },
    { name: 'string.quoted.double.webidl', match: '"[^"]*"' },
    { name: 'entity.other.attribute-name.webidl', match: '\\[[^\\]]*\\]' },
    {
      name: 'storage.type.webidl',
      match:
        '\\b(?:interface|mixin|partial|dictionary|callback|namespace|includes|typedef|enum|attribute|const|constructor)\\b',
    },
    {
      name: 'storage.modifier.webidl',
      match:
        '\\b(?:readonly|static|inherit|getter|setter|deleter|stringifier|iterable|maplike|setlike|async|optional|required|or)\\b',
    },
    {
      name: 'support.type.primitive.webidl',
      match:
        '\\b(?:any|undefined|boolean|byte|octet|short|unsigned|long|float|double|unrestricted|bigint|DOMString|ByteString|USVString|object|symbol|Promise|sequence|record|FrozenArray|ObservableArray|null)\\b',
    },
    { name: 'entity.name.type.webidl', match: '\\b[A-Z][A-Za-z0-9_]*\\b' },
    { name: 'constant.numeric.webidl', match: '\\b-?(?:0x[0-9A-Fa-f]+|\\d+(?:\\.\\d+)?)\\b' },
  ],
};
