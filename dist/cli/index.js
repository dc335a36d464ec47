#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (false                      )
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (false                      )
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/discover/errors.ts
/**
 * A discovery request that cannot be honoured (bad glob, path outside the root, missing
 * argument). The CLI reports its message and exits with code 2: it is a usage error, not a
 * finding.
 */
class DiscoverError extends Error {
    name = 'DiscoverError';
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discover/paths.ts

function toPosix(p) {
    return external_node_path_namespaceObject.sep === '/' ? p : p.split(external_node_path_namespaceObject.sep).join('/');
}
/** `child` relative to `parent` with `/`, or undefined when it lies outside `parent`. */
function relativeInside(parent, child) {
    const rel = (0,external_node_path_namespaceObject.relative)(parent, child);
    if (rel === '..' || rel.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(rel))
        return undefined;
    return toPosix(rel);
}
/** Orders anything with a `path` by that path (code-unit order, as every report lists files). */
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

;// CONCATENATED MODULE: ./src/discover/gitignore.ts




/** Ignore files bigger than this are not read: no real .gitignore comes near it. */
const MAX_IGNORE_FILE = 4 * 1024 * 1024;
/**
 * Reads one ignore file as rules for `dir`. Only regular files: git itself refuses a
 * symlinked .gitignore, and following one could read outside the root.
 */
async function loadIgnoreFile(dir, file) {
    try {
        const info = (0,external_node_fs_namespaceObject.lstatSync)(file, { throwIfNoEntry: false });
        if (!info?.isFile() || info.size > MAX_IGNORE_FILE)
            return undefined;
        const text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
        return { dir, rules: ignore_default()().add(text) };
    }
    catch {
        return undefined; // an unreadable ignore file simply does not apply
    }
}
/**
 * Git semantics across levels: the deepest ignore file with a rule matching the path
 * decides, so a nested `!keep.yml` can re-include what a parent .gitignore ignored.
 * Directories are tested with a trailing `/` so that `build/`-style rules match them.
 */
function isIgnored(levels, absPath, isDir) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const rel = relativeInside(levels[i].dir, absPath);
        if (!rel)
            continue;
        const result = levels[i].rules.test(isDir ? `${rel}/` : rel);
        if (result.ignored)
            return true;
        if (result.unignored)
            return false;
    }
    return false;
}
async function exists(p) {
    try {
        return (0,external_node_fs_namespaceObject.lstatSync)(p, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
}
/** The nearest folder at or above `dir` holding `.git` (a folder, or a file in worktrees). */
async function findGitRoot(dir) {
    for (let current = dir;; current = (0,external_node_path_namespaceObject.dirname)(current)) {
        if (await exists((0,external_node_path_namespaceObject.join)(current, '.git')))
            return current;
        if ((0,external_node_path_namespaceObject.dirname)(current) === current)
            return undefined;
    }
}
/**
 * Ignore levels that apply above `dir`: `.git/info/exclude` and the .gitignore files from
 * the repository top (or from `root` outside a repository) down to the parent of `dir`.
 * The walk adds `dir`'s own .gitignore when it enters it. Looking above the root means
 * running from a subfolder still honours the repository's .gitignore.
 */
async function levelsAbove(root, dir) {
    const gitRoot = await findGitRoot(root);
    const top = gitRoot ?? root;
    const levels = [];
    if (gitRoot) {
        const info = await loadIgnoreFile(gitRoot, (0,external_node_path_namespaceObject.join)(gitRoot, '.git', 'info', 'exclude'));
        if (info)
            levels.push(info);
    }
    // Folders from `top` down to the parent of `dir`; none when `dir` is `top` itself.
    const chain = [];
    for (let current = dir; current !== top && relativeInside(top, current) !== undefined;) {
        current = (0,external_node_path_namespaceObject.dirname)(current);
        chain.unshift(current);
    }
    for (const folder of chain) {
        const level = await loadIgnoreFile(folder, (0,external_node_path_namespaceObject.join)(folder, '.gitignore'));
        if (level)
            levels.push(level);
    }
    return levels;
}

;// CONCATENATED MODULE: ./src/discover/read.ts



const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
/** Only this much of a file is searched for NUL bytes, like git's binary heuristic. */
const BINARY_PROBE_BYTES = 8 * 1024;
/** How many files are open at once: enough to hide latency, far below fd limits. */
const READ_CONCURRENCY = 16;
function errorCode(error) {
    return error?.code ?? 'unknown error';
}
/** The skip reason for a failed open/realpath/readdir; undefined when the path has vanished. */
function skipForError(error, what) {
    const code = errorCode(error);
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return undefined;
        case 'EISDIR':
            return { reason: 'not-a-file', message: 'is a folder, not a file' };
        case 'ELOOP':
            return { reason: 'unreadable', message: 'is a symbolic link loop' };
        case 'EACCES':
        case 'EPERM':
            return { reason: 'unreadable', message: `${what} cannot be read: permission denied (${code})` };
        default:
            return { reason: 'unreadable', message: `${what} cannot be read (${code})` };
    }
}
function tooLarge(size, maxFileSize) {
    return {
        reason: 'too-large',
        message: `file is ${size} bytes, over the ${maxFileSize}-byte limit (maxFileSize)`,
    };
}
/**
 * Reads a file the caller has already placed inside the root. The size and type come from
 * the open handle, not from a separate stat, so a file swapped in between cannot slip
 * through; O_NONBLOCK keeps a FIFO named like a compose file from hanging the open.
 */
async function readText(absPath, maxFileSize) {
    // Synchronous calls on purpose: for thousands of small files they are several times faster
    // than the promise API (no thread-pool round trip per call), and nothing runs meanwhile.
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(absPath, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        const skip = skipForError(error, 'file');
        return skip ? { skip } : { missing: true };
    }
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!info.isFile())
            return { skip: { reason: 'not-a-file', message: 'is not a regular file' } };
        if (info.size > maxFileSize)
            return { skip: tooLarge(info.size, maxFileSize) };
        // Read to EOF, not to the stat size: a file that grew since must not be cut short,
        // and one byte past the limit is enough to know it is too large.
        const chunks = [];
        let length = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size + 1, 4096), 64 * 1024, maxFileSize + 1 - length));
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, length);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            length += bytesRead;
            if (length > maxFileSize)
                break;
        }
        if (length > maxFileSize) {
            return { skip: { reason: 'too-large', message: `file grew past the ${maxFileSize}-byte limit (maxFileSize) while being read` } };
        }
        const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
        if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0))
            return { skip: binary(bytes) };
        // Buffer decoding keeps a UTF-8 BOM as U+FEFF: the parsers expect to see it.
        return { text: bytes.toString('utf8') };
    }
    catch (error) {
        const skip = skipForError(error, 'file');
        return skip ? { skip } : { missing: true };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function binary(bytes) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return {
        reason: 'binary',
        message: utf16
            ? 'file is UTF-16 encoded (NUL bytes); save it as UTF-8'
            : `file contains NUL bytes in its first ${BINARY_PROBE_BYTES} bytes`,
    };
}
/** Where a path really is; `outside` when a symlink leads out of the real root. */
async function locate(absPath, realRoot) {
    let real;
    try {
        real = external_node_fs_namespaceObject.realpathSync.native(absPath);
    }
    catch (error) {
        const skip = skipForError(error, 'file');
        return skip ? { skip } : { missing: true };
    }
    return relativeInside(realRoot, real) === undefined ? { outside: true } : { real };
}
const OUTSIDE_ROOT = {
    reason: 'symlink-outside-root',
    message: 'is a symbolic link that resolves outside the scan root; not followed',
};
/**
 * Read one more file by its path relative to root (a .env named by a compose file's env_file),
 * with the same guards. `realRoot` saves a lookup per file when the caller reads many.
 */
async function readGuarded(root, relPath, maxFileSize, realRoot) {
    const absPath = (0,external_node_path_namespaceObject.resolve)(root, relPath);
    const path = relativeInside(root, absPath);
    if (path === undefined) {
        // No 'outside-root' reason exists; 'unreadable' with an explicit message is the honest fit.
        const shown = toPosix((0,external_node_path_namespaceObject.normalize)(relPath));
        return { skipped: { path: shown, reason: 'unreadable', message: 'is outside the scan root; files outside it are not read' } };
    }
    const where = await locate(absPath, realRoot ?? external_node_fs_namespaceObject.realpathSync.native(root));
    if (path === '')
        return { skipped: { path: '.', reason: 'not-a-file', message: 'is the scan root folder' } };
    if ('missing' in where)
        return { missing: true };
    if ('skip' in where)
        return { skipped: { path, ...where.skip } };
    if ('outside' in where)
        return { skipped: { path, ...OUTSIDE_ROOT } };
    const outcome = await readText(absPath, maxFileSize);
    if ('missing' in outcome)
        return { missing: true };
    if ('skip' in outcome)
        return { skipped: { path, ...outcome.skip } };
    return { file: { path, absPath, text: outcome.text } };
}
/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/discover/targets.ts


/**
 * Files checked when no include globs are given, relative to the scan root. Matched
 * case-insensitively: Docker Compose and OpenClaw run on case-insensitive file systems
 * (macOS, Windows) where `Docker-Compose.YML` is a real, used file; the parsers decide
 * what is actually inside, so over-matching by case costs nothing.
 */
const DEFAULT_TARGETS = [
    '**/docker-compose*.y{a,}ml',
    '**/compose*.y{a,}ml',
    '**/*.compose.y{a,}ml',
    '**/openclaw.json',
    '**/openclaw*.json5',
    '**/.openclaw/openclaw.json',
];
/**
 * The kind of a file judged by its name alone. Extensions win over `.env` prefixes so that
 * `.env.yml` stays YAML. Undefined: not a file clawcheck knows how to read.
 */
function kindOf(path) {
    const base = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
    if (/\.ya?ml$/.test(base))
        return 'compose';
    if (/\.json5?$/.test(base))
        return 'openclaw';
    if (base === '.env' || base.endsWith('.env') || base.startsWith('.env.'))
        return 'dotenv';
    return undefined;
}
/**
 * Refuses globs that could reach outside the root or mean something else than the user
 * thinks: absolute paths, `..` segments, negations (picomatch reads `!x` as "all but x",
 * which as an include would select everything), empty strings.
 */
function validateGlobs(globs, option) {
    for (const glob of globs) {
        const problem = glob.trim() === ''
            ? 'is empty'
            : /^([\\/]|[A-Za-z]:)/.test(glob)
                ? 'is absolute; globs are relative to the scan root'
                : glob.split(/[\\/]/).includes('..')
                    ? "contains '..'; globs cannot reach outside the scan root"
                    : glob.startsWith('!')
                        ? `starts with '!'; use ${option === 'include' ? 'exclude' : 'include'} instead of negation`
                        : undefined;
        if (problem)
            throw new DiscoverError(`${option} glob ${JSON.stringify(glob)} ${problem}`);
    }
}
const never = () => false;
/**
 * Which walked files are targets and which paths are excluded. User globs are
 * case-sensitive, like `.gitignore` patterns; `dot: true` so `**` crosses `.openclaw/`,
 * `.github/` and the like.
 */
function buildMatchers(include, exclude) {
    validateGlobs(include, 'include');
    validateGlobs(exclude, 'exclude');
    const defaults = picomatch_default()(DEFAULT_TARGETS, { dot: true, nocase: true });
    const extra = include.length > 0 ? picomatch_default()([...include], { dot: true }) : never;
    const excluded = exclude.length > 0 ? picomatch_default()([...exclude], { dot: true }) : never;
    return {
        isTarget: (p) => defaults(p) || extra(p),
        isExcluded: excluded,
    };
}

;// CONCATENATED MODULE: ./src/discover/walk.ts




/** Folders never walked: version-control internals and dependency trees. */
const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn', '.bzr', 'node_modules']);
/**
 * Walks folders under the root, collecting target files and the paths it had to skip.
 * Folders reached through a symlink are walked only after every real folder, and each real
 * folder at most once: this stops symlink cycles and makes a linked folder show up under
 * its real name rather than under whichever link sorts first.
 */
class Walker {
    realRoot;
    isTarget;
    isExcluded;
    candidates = [];
    skipped = [];
    visited = new Set();
    linkedDirs = [];
    constructor(realRoot, isTarget, isExcluded) {
        this.realRoot = realRoot;
        this.isTarget = isTarget;
        this.isExcluded = isExcluded;
    }
    async walk(start) {
        await this.walkDir(start);
    }
    /** Walks the folders reached through symlinks, including ones found while doing so. */
    async walkLinkedDirs() {
        for (let dir = this.linkedDirs.shift(); dir; dir = this.linkedDirs.shift()) {
            await this.walkDir(dir);
        }
    }
    skip(path, skip) {
        this.skipped.push({ path, ...skip });
    }
    filteredOut(levels, absPath, path, isDir) {
        return this.isExcluded(path) || isIgnored(levels, absPath, isDir);
    }
    async walkDir(dir) {
        if (this.visited.has(dir.realPath))
            return;
        this.visited.add(dir.realPath);
        let entries;
        try {
            // Synchronous: one folder at a time anyway, and far cheaper than the promise API per call.
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir.absPath, { withFileTypes: true });
        }
        catch (error) {
            const skip = skipForError(error, 'folder');
            if (skip)
                this.skip(dir.path || '.', skip);
            return;
        }
        // The listing says whether there is a .gitignore: no lookup in the many folders without one.
        const hasIgnoreFile = entries.some((e) => e.name === '.gitignore' && e.isFile());
        const own = hasIgnoreFile ? await loadIgnoreFile(dir.absPath, (0,external_node_path_namespaceObject.join)(dir.absPath, '.gitignore')) : undefined;
        const levels = own ? [...dir.levels, own] : dir.levels;
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (ALWAYS_SKIPPED.has(entry.name))
                continue;
            const child = {
                absPath: (0,external_node_path_namespaceObject.join)(dir.absPath, entry.name),
                path: dir.path ? `${dir.path}/${entry.name}` : entry.name,
                realPath: (0,external_node_path_namespaceObject.join)(dir.realPath, entry.name),
                levels,
            };
            if (entry.isSymbolicLink())
                await this.visitLink(child);
            else if (entry.isDirectory()) {
                if (!this.filteredOut(levels, child.absPath, child.path, true))
                    await this.walkDir(child);
            }
            else if (this.isTarget(child.path) && !this.filteredOut(levels, child.absPath, child.path, false)) {
                // A FIFO or socket named like a target is reported, never opened.
                if (entry.isFile())
                    this.addFile(child);
                else
                    this.skip(child.path, { reason: 'not-a-file', message: 'is not a regular file' });
            }
        }
    }
    async visitLink(link) {
        const where = await locate(link.absPath, this.realRoot);
        if ('missing' in where || 'skip' in where) {
            // A dangling link only matters when its name says it should have been checked.
            if (this.isTarget(link.path) && !this.filteredOut(link.levels, link.absPath, link.path, false)) {
                this.skip(link.path, 'skip' in where ? where.skip : { reason: 'unreadable', message: 'is a broken symbolic link' });
            }
            return;
        }
        let isDir;
        try {
            isDir = (0,external_node_fs_namespaceObject.statSync)(link.absPath).isDirectory();
        }
        catch {
            return; // vanished between the two calls
        }
        if (this.filteredOut(link.levels, link.absPath, link.path, isDir))
            return;
        if (!isDir && !this.isTarget(link.path))
            return;
        if ('outside' in where) {
            this.skip(link.path, OUTSIDE_ROOT);
            return;
        }
        if (isDir)
            this.linkedDirs.push({ ...link, realPath: where.real });
        else
            this.addFile({ ...link, realPath: where.real });
    }
    /** Files named on the command line bypass targets, .gitignore and exclude. */
    addExplicitFile(path, absPath, realPath) {
        this.candidates.push({ path, absPath, realPath, explicit: true });
    }
    addFile(file) {
        this.candidates.push({ path: file.path, absPath: file.absPath, realPath: file.realPath, explicit: false });
    }
}
/**
 * One candidate per real file: the name that is its real location wins (not one reached
 * through a symlink), then the first by path; `explicit` if any of its names was given.
 */
function dedupeCandidates(candidates, realRoot) {
    const isRealName = (c) => c.realPath === (0,external_node_path_namespaceObject.join)(realRoot, c.path);
    const byReal = new Map();
    for (const candidate of candidates) {
        const seen = byReal.get(candidate.realPath);
        if (!seen) {
            byReal.set(candidate.realPath, candidate);
            continue;
        }
        const better = isRealName(seen) !== isRealName(candidate)
            ? isRealName(seen) ? seen : candidate
            : seen.path <= candidate.path ? seen : candidate;
        byReal.set(candidate.realPath, { ...better, explicit: seen.explicit || candidate.explicit });
    }
    return [...byReal.values()];
}

;// CONCATENATED MODULE: ./src/discover/index.ts











async function realRootOf(root) {
    try {
        if ((await (0,promises_namespaceObject.stat)(root)).isDirectory())
            return await (0,promises_namespaceObject.realpath)(root);
    }
    catch {
        // reported below
    }
    throw new DiscoverError(`scan root ${root} is not a folder`);
}
/** An argument's path relative to the root, through its real location if need be (e.g. /tmp vs /private/tmp). */
async function relativeToRoot(arg, absPath, root, realRoot) {
    const logical = relativeInside(root, absPath);
    if (logical !== undefined)
        return logical;
    const real = await (0,promises_namespaceObject.realpath)(absPath).catch(() => undefined);
    const viaReal = real === undefined ? undefined : relativeInside(realRoot, real);
    if (viaReal !== undefined)
        return viaReal;
    throw new DiscoverError(`${arg} is outside the scan root ${root}`);
}
/** A CLI argument: a folder is walked, a file is taken as is (typed by its name). */
async function addArgument(arg, { cwd, root, realRoot, walker, skipped }) {
    const path = await relativeToRoot(arg, (0,external_node_path_namespaceObject.resolve)(cwd, arg), root, realRoot);
    const absPath = (0,external_node_path_namespaceObject.join)(root, path);
    const shown = path || '.';
    const where = await locate(absPath, realRoot);
    if ('missing' in where)
        throw new DiscoverError(`${arg}: no such file or folder`);
    if ('skip' in where)
        skipped.push({ path: shown, ...where.skip });
    else if ('outside' in where)
        skipped.push({ path: shown, ...OUTSIDE_ROOT });
    else if ((await (0,promises_namespaceObject.stat)(absPath)).isDirectory()) {
        let levels = await levelsAbove(root, absPath);
        // A folder named explicitly is walked even if .gitignore'd; the rules that ignore it
        // would otherwise swallow everything inside, so they are dropped for this walk.
        if (path !== '' && isIgnored(levels, absPath, true))
            levels = [];
        await walker.walk({ absPath, path, realPath: where.real, levels });
    }
    else if (kindOf(path) === undefined) {
        skipped.push({ path, reason: 'unknown-type', message: 'is not a compose (.yml/.yaml), openclaw (.json/.json5) or .env file by its name' });
    }
    else {
        walker.addExplicitFile(path, absPath, where.real);
    }
}
/**
 * Finds the files to check under `root` and reads them. Nothing outside the root is read;
 * everything found but not read is listed in `skipped` with the reason.
 * Throws DiscoverError for bad globs and for arguments that are missing or outside the root.
 */
async function discover(options) {
    const root = (0,external_node_path_namespaceObject.resolve)(options.root);
    const cwd = (0,external_node_path_namespaceObject.resolve)(options.cwd ?? process.cwd());
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) {
        throw new DiscoverError(`maxFileSize must be a positive whole number of bytes, got ${maxFileSize}`);
    }
    const { isTarget, isExcluded } = buildMatchers(options.include ?? [], options.exclude ?? []);
    const realRoot = await realRootOf(root);
    const walker = new Walker(realRoot, isTarget, isExcluded);
    const skipped = [];
    for (const arg of options.paths?.length ? options.paths : [root]) {
        await addArgument(arg, { cwd, root, realRoot, walker, skipped });
    }
    await walker.walkLinkedDirs();
    skipped.push(...walker.skipped);
    const candidates = dedupeCandidates(walker.candidates, realRoot);
    const reads = await mapBounded(candidates, READ_CONCURRENCY, async (candidate) => {
        const kind = kindOf(candidate.path);
        if (!kind) {
            // Matched by an include glob but of no type clawcheck reads.
            return { skip: { reason: 'unknown-type', message: 'matches an include glob but is not a compose, openclaw or .env file by its name' } };
        }
        return { kind, outcome: await readText(candidate.absPath, maxFileSize) };
    });
    const files = [];
    candidates.forEach((candidate, i) => {
        const read = reads[i];
        if ('skip' in read)
            skipped.push({ path: candidate.path, ...read.skip });
        else if ('skip' in read.outcome)
            skipped.push({ path: candidate.path, ...read.outcome.skip });
        else if ('text' in read.outcome) {
            const { path, absPath, explicit } = candidate;
            files.push({ path, absPath, kind: read.kind, text: read.outcome.text, explicit });
        } // 'missing': deleted since the walk; nothing left to check or report
    });
    const uniqueSkipped = [...new Map(skipped.map((s) => [s.path, s])).values()];
    return { files: files.sort(byPath), skipped: uniqueSkipped.sort(byPath) };
}

;// CONCATENATED MODULE: ./src/core/finding.ts
const SEVERITY_RANK = { info: 1, warning: 2, error: 3, never: 99 };
/** A finding at or above `failOn` fails the run (`never`: nothing does). The CLI and the Action share this. */
function failsAt(findings, failOn) {
    return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
function compareFindings(a, b) {
    const la = a.location;
    const lb = b.location;
    return ((la.file < lb.file ? -1 : la.file > lb.file ? 1 : 0) ||
        la.line - lb.line ||
        la.column - lb.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
/** Sorted, with exact duplicates (one node reached through several aliases) removed. */
function sortAndDedupe(findings) {
    const sorted = [...findings].sort(compareFindings);
    return sorted.filter((f, i) => i === 0 || compareFindings(sorted[i - 1], f) !== 0);
}

;// CONCATENATED MODULE: ./src/core/suppress.ts
const DIRECTIVE = /^\s*(?:#|\/\/|\/\*)\s*clawcheck-disable-next-line\b(.*?)(?:\*\/)?\s*$/;
/** Whole-line comments only (`#` in YAML and .env, `//` or `/* *\/` in JSON5). */
function findSuppressions(file) {
    const out = [];
    if (!file.text.includes('clawcheck-disable-next-line'))
        return out; // most files: no line to look at
    const marker = file.kind === 'openclaw' ? /^\s*\/[/*]/ : /^\s*#/;
    for (let line = 1; line <= file.lines.lineCount; line++) {
        const text = file.lines.lineText(line);
        if (!marker.test(text) || !text.includes('clawcheck-disable-next-line'))
            continue;
        const m = DIRECTIVE.exec(text);
        if (!m)
            continue;
        const [spec, ...reasonParts] = m[1].split(/\s--\s?|\s--$/);
        const reason = reasonParts.join(' -- ').trim();
        const rules = spec.split(/[\s,]+/).filter(Boolean);
        const start = file.lines.lineStart(line) + text.search(/\S/);
        out.push({ target: line + 1, rules, reason, range: [start, file.lines.lineStart(line) + text.length] });
    }
    return out;
}
/**
 * Drops findings silenced by a valid directive and reports directives that do not count:
 * no reason, unknown rule ids, or a rule the policy keeps unsuppressible.
 */
function applySuppressions(file, findings, knownRules, suppressible) {
    const directives = findSuppressions(file);
    if (!directives.length)
        return { kept: findings, problems: [] };
    const problems = [];
    const active = new Map();
    for (const d of directives) {
        const report = (message) => problems.push({ ruleId: 'invalid-suppression', message, location: file.location(d.range[0], d.range[1]), range: d.range });
        if (!d.reason) {
            report('this clawcheck-disable-next-line has no reason and does not count; write `-- <why>` after the rule ids');
            continue;
        }
        const unknown = d.rules.filter((r) => !knownRules.has(r));
        if (unknown.length)
            report(`unknown rule ${unknown.map((r) => `"${r}"`).join(', ')} in clawcheck-disable-next-line`);
        const locked = d.rules.filter((r) => knownRules.has(r) && !suppressible(r));
        if (locked.length)
            report(`the policy does not allow suppressing ${locked.join(', ')}`);
        const usable = d.rules.filter((r) => knownRules.has(r) && suppressible(r));
        if (!d.rules.length)
            active.set(d.target, 'all');
        else if (usable.length)
            active.set(d.target, new Set(usable));
    }
    const kept = findings.filter((f) => {
        const a = active.get(f.location.line);
        if (!a)
            return true;
        if (a === 'all')
            return !suppressible(f.ruleId);
        return !a.has(f.ruleId);
    });
    return { kept, problems };
}

;// CONCATENATED MODULE: ./src/parse/tree.ts
function get(node, key) {
    return entry(node, key)?.value;
}
/** The entry a loader keeps for `key`: the last explicit one, else the first merged one. */
function entry(node, key) {
    if (!node || node.kind !== 'map')
        return undefined;
    for (let i = node.entries.length - 1; i >= 0; i--) {
        const e = node.entries[i];
        if (e.key === key && !e.mergedFrom)
            return e;
    }
    return node.entries.find((e) => e.key === key);
}
/**
 * The entries a loader would keep, in source order: explicit keys first (the last of a repeated
 * key), then merged keys not already present. Most maps have neither: they come back as they are.
 */
function effectiveEntries(node) {
    const seen = new Set();
    let plain = true;
    for (const e of node.entries) {
        if (e.mergedFrom || seen.has(e.key)) {
            plain = false;
            break;
        }
        seen.add(e.key);
    }
    if (plain)
        return node.entries;
    seen.clear();
    const out = [];
    for (let i = node.entries.length - 1; i >= 0; i--) {
        const e = node.entries[i];
        if (e.mergedFrom || seen.has(e.key))
            continue;
        seen.add(e.key);
        out.push(e);
    }
    for (const e of node.entries) {
        if (!e.mergedFrom || seen.has(e.key))
            continue;
        seen.add(e.key);
        out.push(e);
    }
    return out.sort((a, b) => a.range[0] - b.range[0]);
}
function getPath(node, path) {
    let cur = node ?? undefined;
    for (const k of path)
        cur = get(cur, k);
    return cur;
}
function isScalar(n) {
    return n?.kind === 'scalar';
}
const entryIndexes = new WeakMap();
/** A map's effective entries by key, built once per map: schema problems look keys up by the thousand. */
function entryIndex(node) {
    let index = entryIndexes.get(node);
    if (!index)
        entryIndexes.set(node, (index = new Map(effectiveEntries(node).map((e) => [e.key, e]))));
    return index;
}
/** Follow a JSON-pointer-like path (ajv's instancePath segments) to the deepest node that exists. */
function nodeAtPath(root, segments) {
    let cur = root;
    let lastEntry;
    let matched = 0;
    for (const seg of segments) {
        if (!cur)
            break;
        if (cur.kind === 'map') {
            const e = entryIndex(cur).get(seg);
            if (!e)
                break;
            lastEntry = e;
            cur = e.value;
        }
        else if (cur.kind === 'seq') {
            const i = Number(seg);
            if (!Number.isInteger(i) || !cur.items[i])
                break;
            lastEntry = undefined;
            cur = cur.items[i];
        }
        else
            break;
        matched++;
    }
    return { node: cur, entry: lastEntry, matched };
}

;// CONCATENATED MODULE: ./src/parse/dotenv.ts
// A byte-order mark before the first key counts as leading blank (editors on Windows write one).
const KEY = /^([\uFEFF \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;
/** The `.env` dialect Compose reads: `KEY=value`, `export KEY=…`, quotes, `#` comments. Never throws. */
function parseDotenv(text) {
    const entries = [];
    let offset = 0;
    let line = 0;
    while (offset <= text.length) {
        line++;
        const nl = text.indexOf('\n', offset);
        const end = nl < 0 ? text.length : nl;
        const raw = text.slice(offset, end).replace(/\r$/, '');
        const m = raw.trimStart().startsWith('#') ? null : KEY.exec(raw);
        if (m) {
            const keyStart = offset + m[1].length;
            entries.push({ key: m[2], keyRange: [keyStart, keyStart + m[2].length], line, ...parseValue(raw.slice(m[0].length), offset + m[0].length) });
        }
        if (nl < 0)
            break;
        offset = nl + 1;
    }
    return { entries };
}
/** The value after `KEY=`: quoted (anything after the closing quote is ignored) or up to a ` #` comment. */
function parseValue(rest, start) {
    const q = rest[0];
    if (q === '"' || q === "'") {
        const close = findClose(rest, q);
        if (close > 0) {
            const inner = rest.slice(1, close);
            const value = q === '"' ? inner.replace(/\\(["\\$nrt])/g, (_, c) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c) : inner;
            return { value, valueRange: [start, start + close + 1], innerRange: [start + 1, start + close], style: q === '"' ? 'double' : 'single' };
        }
    }
    // Unquoted: an inline comment starts at ` #`.
    const m = /(^|[ \t])#/.exec(rest);
    const body = m ? rest.slice(0, m.index) : rest;
    const value = body.replace(/[ \t]+$/, '');
    return { value, valueRange: [start, start + value.length], innerRange: [start, start + value.length], style: 'plain' };
}
function findClose(s, q) {
    for (let i = 1; i < s.length; i++) {
        if (q === '"' && s[i] === '\\') {
            i++;
            continue;
        }
        if (s[i] === q)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/compose/located-string.ts
/** A value known only as a whole (an escaped or folded scalar, a quoted .env value with escapes). */
function unlocated(file, value, range) {
    return { value, spans: [], file, range };
}
/**
 * Maps a scalar's characters to offsets where its source spells them verbatim: all of them when
 * there is no escape and no folding, else those before the first escape (`\`, `''`) or line
 * break. `from`: the value from that character on.
 */
function locateScalar(file, node, from = 0) {
    const value = String(node.value ?? '');
    const [start, end] = node.range;
    const quoted = node.style === 'single' || node.style === 'double';
    const inner = start + (quoted ? 1 : 0);
    const written = file.text.slice(inner, end - (quoted ? 1 : 0));
    // A prefix for strings only: a number or boolean spelled otherwise (`1e3`, `0x10`) is not its text.
    const verbatim = node.style === 'block' ? 0 : written === value ? value.length : typeof node.value === 'string' ? verbatimPrefix(written, value, node.style === 'single') : 0;
    const whole = { value, spans: verbatim ? [{ at: 0, length: verbatim, file, offset: inner }] : [], file, range: node.range };
    return from ? sliceLocated(whole, from, value.length) : whole;
}
/** How many leading characters `written` and `value` share before the first escape or line fold. */
function verbatimPrefix(written, value, single) {
    let stop = written.search(single ? /[\\'\r\n]/ : /[\\\r\n]/);
    if (stop < 0)
        stop = written.length;
    // Folding trims the spaces before a line break.
    if (written[stop] === '\n' || written[stop] === '\r')
        while (stop > 0 && (written[stop - 1] === ' ' || written[stop - 1] === '\t'))
            stop--;
    return written.slice(0, stop) === value.slice(0, stop) ? stop : 0;
}
function locatedText(file, value, start, range) {
    return { value, spans: value.length ? [{ at: 0, length: value.length, file, offset: start }] : [], file, range };
}
function sliceLocated(s, start, end) {
    const spans = [];
    for (const sp of s.spans) {
        const a = Math.max(sp.at, start);
        const b = Math.min(sp.at + sp.length, end);
        if (b > a)
            spans.push({ at: a - start, length: b - a, file: sp.file, offset: sp.offset + (a - sp.at) });
    }
    return { value: s.value.slice(start, end), spans, file: s.file, range: s.range };
}
/** Joins parts; spans that continue each other in the same file become one. */
function concatLocated(parts, fallback) {
    const spans = [];
    let at = 0;
    for (const p of parts) {
        for (const sp of p.spans) {
            const last = spans[spans.length - 1];
            if (last && last.file === sp.file && last.at + last.length === at + sp.at && last.offset + last.length === sp.offset)
                last.length += sp.length;
            else
                spans.push({ ...sp, at: at + sp.at });
        }
        at += p.value.length;
    }
    return { value: parts.map((p) => p.value).join(''), spans, file: fallback.file, range: fallback.range };
}
/**
 * The exact written range of value[start, end), when those characters sit side by side in one
 * file; otherwise undefined (the caller reports the whole value instead and offers no fix).
 */
function exactRange(s, start, end) {
    if (end <= start)
        return undefined;
    const sp = s.spans.find((x) => x.at <= start && end <= x.at + x.length);
    return sp ? { file: sp.file, range: [sp.offset + (start - sp.at), sp.offset + (end - sp.at)] } : undefined;
}
/** Exact range if the characters are contiguous, else where the value is written. */
function reportRange(s, start = 0, end = s.value.length) {
    const exact = exactRange(s, start, end);
    if (exact)
        return { ...exact, exact: true };
    return { file: s.file, range: s.range, exact: false };
}

;// CONCATENATED MODULE: ./src/compose/interpolate.ts

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/**
 * Compose interpolation: `$$` is a literal `$`; `${VAR}`, `$VAR`, `${VAR:-d}`, `${VAR-d}`,
 * `${VAR:?e}`, `${VAR?e}`, `${VAR:+a}`, `${VAR+a}`, with nesting in defaults.
 */
function interpolate(input, lookup, depth = 0) {
    const parts = [];
    const references = [];
    let unknown = false;
    const s = input.value;
    let i = 0;
    let literalStart = 0;
    const flush = (end) => {
        if (end > literalStart)
            parts.push(sliceLocated(input, literalStart, end));
    };
    while (i < s.length) {
        if (s[i] !== '$') {
            i++;
            continue;
        }
        if (s[i + 1] === '$') {
            flush(i + 1); // keep one `$`, drop the second
            i += 2;
            literalStart = i;
            continue;
        }
        if (s[i + 1] === '{') {
            const close = matchingBrace(s, i + 1);
            if (close < 0) {
                i++;
                continue;
            }
            flush(i);
            const body = sliceLocated(input, i + 2, close);
            const site = sliceLocated(input, i, close + 1);
            const r = expandBraced(body, site, lookup, depth, references);
            if (r === null)
                unknown = true;
            else
                parts.push(r);
            i = close + 1;
            literalStart = i;
            continue;
        }
        const m = NAME.exec(s.slice(i + 1));
        if (m) {
            flush(i);
            const site = sliceLocated(input, i, i + 1 + m[0].length);
            const v = lookup(m[0]);
            references.push({ name: m[0], site });
            if (v)
                parts.push(v);
            else
                unknown = true;
            i += 1 + m[0].length;
            literalStart = i;
            continue;
        }
        i++;
    }
    flush(s.length);
    return { value: unknown ? null : concatLocated(parts, input), references };
}
function expandBraced(body, site, lookup, depth, references) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(body.value);
    if (!m)
        return null;
    const [, name, op, rest] = m;
    const set = lookup(name);
    const argument = () => {
        if (depth > 20)
            return null;
        const arg = sliceLocated(body, body.value.length - (rest ?? '').length, body.value.length);
        const r = interpolate(arg, lookup, depth + 1);
        references.push(...r.references);
        return r.value;
    };
    const empty = !set || (op?.startsWith(':') && set.value === '');
    switch (op) {
        case ':-':
        case '-': {
            const useDefault = op === ':-' ? empty : !set;
            references.push({ name, site });
            return useDefault ? argument() : set;
        }
        case ':+':
        case '+': {
            const useAlt = op === ':+' ? !empty : !!set;
            references.push({ name, site });
            return useAlt ? argument() : sliceLocated(body, 0, 0);
        }
        default:
            // `${VAR}`, `${VAR:?err}`, `${VAR?err}`: the value or nothing known.
            references.push({ name, site });
            return set ?? null;
    }
}
function matchingBrace(s, open) {
    let depth = 0;
    for (let i = open; i < s.length; i++) {
        if (s[i] === '{')
            depth++;
        else if (s[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/compose/environment.ts




const dotenvCache = new WeakMap();
function dotenvOf(file) {
    let parsed = dotenvCache.get(file);
    if (!parsed) {
        parsed = parseDotenv(file.text);
        dotenvCache.set(file, parsed);
    }
    return parsed;
}
const valuesCache = new WeakMap();
/**
 * The values of an environment file as Compose reads them, in order: unquoted and double-quoted
 * values are interpolated from the names defined above them (`BIG_MODEL=${ORG}/GLM-4.7`),
 * single-quoted ones are literal. null: the value depends on something unknown (an unset name).
 * Quoted values with escapes do not map char-for-char; they stay located as a whole. Computed
 * once per file: every project and service that reads it shares the result.
 */
function dotenvValues(file) {
    const cached = valuesCache.get(file);
    if (cached)
        return cached;
    const values = new Map();
    for (const e of dotenvOf(file).entries) {
        const written = file.text.slice(e.innerRange[0], e.innerRange[1]);
        let value = written === e.value
            ? locatedText(file, e.value, e.innerRange[0], e.valueRange)
            : unlocated(file, e.value, e.valueRange);
        if (e.style !== 'single' && e.value.includes('$'))
            value = interpolate(value, (name) => values.get(name) ?? undefined).value;
        values.set(e.key, value);
    }
    valuesCache.set(file, values);
    return values;
}
/** `.env` lookups for interpolation: the last definition of a name wins. */
function dotenvLookup(file) {
    if (!file)
        return () => undefined;
    const values = dotenvValues(file);
    return (name) => values.get(name) ?? undefined;
}
/** Entries of one `env_file`, as container variables. */
function envFileVars(file) {
    const values = dotenvValues(file);
    return dotenvOf(file).entries.map((e) => ({
        name: e.key,
        // The last definition of a name is the one the container gets.
        value: values.get(e.key) ?? null,
        file,
        key: locatedText(file, e.key, e.keyRange[0], e.keyRange),
        references: [],
    }));
}
/** The `environment:` of one service definition, map or list form, interpolated. */
function environmentVars(service, file, lookup) {
    const envEntry = entry(service, 'environment');
    const env = envEntry?.value;
    if (!env)
        return [];
    // An alias anywhere above the entry (`environment: *env`, `<<: *base` bringing the whole
    // `environment:` along, `proxy: *base`) is the site to name.
    const outerVia = env.via ?? envEntry.mergedFrom ?? service.via;
    const out = [];
    if (env.kind === 'map') {
        for (const e of effectiveEntries(env)) {
            const node = e.value;
            if (!isScalar(node))
                continue;
            const key = mapKey(file, e.key, e.keyRange);
            const written = node.value === null ? null : locateScalar(file, node);
            const r = written ? interpolate(written, lookup) : passedThrough(key, lookup);
            out.push({
                name: e.key,
                value: r.value,
                scalar: node,
                file,
                key,
                references: r.references,
                via: e.mergedFrom ?? node.via ?? outerVia,
            });
        }
    }
    else if (env.kind === 'seq') {
        for (const item of env.items) {
            if (!isScalar(item) || typeof item.value !== 'string')
                continue;
            const text = item.value;
            const eq = text.indexOf('=');
            const name = (eq < 0 ? text : text.slice(0, eq)).trim();
            if (!name)
                continue;
            // The name's characters, after any leading spaces, inside the quotes; located only as far
            // as the item is spelled verbatim (`"API_KEY=sk\u0041"` yes, `"API\u005fKEY=x"` no).
            const nameAt = text.search(/\S/);
            const key = sliceLocated(locateScalar(file, item), nameAt, nameAt + name.length);
            const written = eq < 0 ? null : locateScalar(file, item, eq + 1);
            const r = written ? interpolate(written, lookup) : passedThrough(key, lookup);
            out.push({
                name,
                value: r.value,
                file,
                key,
                references: r.references,
                via: item.via ?? outerVia,
            });
        }
    }
    return out;
}
/**
 * `- KEY` or `KEY:` with no value: Compose passes the variable through from its environment,
 * which includes the project's `.env`. Known only when the `.env` sets it.
 */
function passedThrough(key, lookup) {
    const value = lookup(key.value);
    if (!value)
        return { value: null, references: [] };
    return { value, references: [{ name: key.value, site: key }] };
}
/** A map key as written: plain, or quoted with nothing escaped; otherwise known only as a whole. */
function mapKey(file, name, keyRange) {
    const written = file.text.slice(keyRange[0], keyRange[1]);
    if (written === name)
        return locatedText(file, name, keyRange[0], keyRange);
    const quoted = (written[0] === '"' || written[0] === "'") && written.length === name.length + 2 && written.slice(1, -1) === name;
    return quoted ? locatedText(file, name, keyRange[0] + 1, keyRange) : unlocated(file, name, keyRange);
}
/** Paths named by `env_file:` (string, list of strings, or list of `{path, required}`). */
function envFilePaths(service) {
    const v = get(service, 'env_file');
    if (!v)
        return [];
    const out = [];
    for (const item of v.kind === 'seq' ? v.items : [v]) {
        // `required: false` changes nothing here: a file not among those judged is unread either way.
        const p = item.kind === 'map' ? get(item, 'path') : item;
        if (p?.kind === 'scalar' && typeof p.value === 'string')
            out.push(p.value);
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/parse/yaml.ts

/** Upper bound on converted nodes: an alias bomb ("billion laughs") stops here instead of exhausting memory. */
const MAX_NODES = 200_000;
class TooLarge extends Error {
}
/** A key written twice in one map, found by the converter (see `parseYaml` for why not by yaml). */
class DuplicateKey extends Error {
    offset;
    constructor(offset) {
        super('Map keys must be unique');
        this.offset = offset;
    }
}
/** The parse error for nesting so deep that a recursive walk ran out of stack. */
const TOO_DEEP = 'nesting is too deep to parse (the parser ran out of stack here)';
function styleOf(node) {
    switch (node.type) {
        case dist/* Scalar */.X5.QUOTE_SINGLE:
            return 'single';
        case dist/* Scalar */.X5.QUOTE_DOUBLE:
            return 'double';
        case dist/* Scalar */.X5.BLOCK_FOLDED:
        case dist/* Scalar */.X5.BLOCK_LITERAL:
            return 'block';
        default:
            return 'plain';
    }
}
function rangeOf(node) {
    const r = node.range ?? [0, 0, 0];
    return [r[0], r[1]];
}
function scalarValue(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (typeof v === 'bigint')
        return Number(v);
    return String(v);
}
class Converter {
    doc;
    count = 0;
    /** Anchored nodes already converted: only those can be reached twice (through an alias). */
    cache = new Map();
    /** Every anchored node and the aliases that use it, for deciding whether a fix there is safe. */
    anchorUses = new Map();
    /** Each alias → the node it names, found in one pass on the first alias (see `resolveAliases`). */
    targets;
    constructor(doc) {
        this.doc = doc;
    }
    convert(node) {
        // Aliases count once per use but are not expanded (see the cache), so this is a size cap, not
        // alias-bomb protection (that is in validate/schema.ts): say so instead of blaming aliases.
        if (++this.count > MAX_NODES)
            throw new TooLarge(`document has more than ${MAX_NODES} nodes (aliases counted); too large to check`);
        if (node === null || node === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(node))
            return this.alias(node);
        const yn = node;
        const anchored = !!yn.anchor;
        if (anchored) {
            const cached = this.cache.get(yn);
            if (cached)
                return cached;
        }
        let out = null;
        if ((0,dist/* isScalar */.jn)(node)) {
            out = { kind: 'scalar', value: scalarValue(node.value), style: styleOf(node), range: rangeOf(node) };
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const seq = { kind: 'seq', items: [], range: rangeOf(node), flow: !!node.flow };
            if (anchored)
                this.cache.set(yn, seq);
            for (const item of node.items) {
                const c = this.convert(item);
                seq.items.push(c ?? nullAt(item, seq.range));
            }
            out = seq;
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            const map = { kind: 'map', entries: [], range: rangeOf(node), flow: !!node.flow };
            if (anchored)
                this.cache.set(yn, map);
            const keys = new Set();
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                // yaml's own `uniqueKeys` check, in linear time: equal scalar values (1 and "1" differ).
                if ((0,dist/* isScalar */.jn)(pair.key) && !Number.isNaN(pair.key.value) && !isMergeKey(pair.key)) {
                    if (keys.has(pair.key.value))
                        throw new DuplicateKey(pair.key.range?.[0] ?? map.range[0]);
                    keys.add(pair.key.value);
                }
                this.pair(map, pair.key, pair.value);
            }
            out = map;
        }
        if (out && anchored)
            this.cache.set(yn, out);
        return out;
    }
    alias(node) {
        this.targets ??= resolveAliases(this.doc);
        const target = this.targets.get(node);
        if (target) {
            const use = this.anchorUses.get(target) ?? { name: node.source, range: rangeOf(target), aliases: [] };
            use.aliases.push(rangeOf(node));
            this.anchorUses.set(target, use);
        }
        const resolved = target ? this.convert(target) : null;
        if (!resolved)
            return null;
        return { ...resolved, via: rangeOf(node) };
    }
    pair(map, key, value) {
        const keyNode = key;
        const keyValue = (0,dist/* isScalar */.jn)(key) ? key.value : (0,dist/* isAlias */.Vj)(key) ? this.convert(key) : null;
        const keyRange = keyNode && keyNode.range ? rangeOf(keyNode) : map.range;
        const keyText = keyValue === null || typeof keyValue !== 'object' ? String(keyValue ?? '') : '';
        if (isMergeKey(key)) {
            this.merge(map, value);
            return;
        }
        const v = this.convert(value);
        const valueNode = v ?? nullAt(value, [keyRange[1], keyRange[1]]);
        const end = Math.max(keyRange[1], valueNode.range[1]);
        map.entries.push({ key: keyText, keyRange, value: valueNode, range: [keyRange[0], end] });
    }
    /** `<<: *a` or `<<: [*a, *b]`: earlier sources win, explicit keys win over all (applied by `effectiveEntries`). */
    merge(map, value) {
        const sources = (0,dist/* isSeq */.oP)(value) ? value.items : [value];
        const seen = new Set(map.entries.filter((e) => e.mergedFrom).map((e) => e.key));
        for (const src of sources) {
            const resolved = this.convert(src);
            if (!resolved || resolved.kind !== 'map')
                continue;
            const site = resolved.via ?? resolved.range;
            for (const e of resolved.entries) {
                if (seen.has(e.key))
                    continue;
                seen.add(e.key);
                const added = { ...e, mergedFrom: e.mergedFrom ?? site };
                map.entries.push(added);
            }
        }
    }
}
/**
 * A plain `<<` key. With `merge: true` the yaml library parses it to the symbol `Symbol(<<)`,
 * not the string, so both are accepted; a quoted `"<<"` stays an ordinary key.
 */
function isMergeKey(key) {
    if (!(0,dist/* isScalar */.jn)(key) || styleOf(key) !== 'plain')
        return false;
    const v = key.value;
    return v === '<<' || (typeof v === 'symbol' && v.description === '<<');
}
/**
 * Every alias's target: the last node anchored with its name before it, in document order,
 * as `Alias.resolve` decides. `Alias.resolve(doc)` without a context walks the whole document
 * on each call, which made a file of many aliases quadratic (20 000 aliases: 30 s; a 1 MB
 * file of `- *a` lines: about half an hour). One walk here keeps parsing linear.
 */
function resolveAliases(doc) {
    const latest = new Map();
    const targets = new Map();
    (0,dist/* visit */.YR)(doc, {
        Node: (_key, node) => {
            if ((0,dist/* isAlias */.Vj)(node)) {
                const target = latest.get(node.source);
                if (target)
                    targets.set(node, target);
            }
            else if (node.anchor) {
                latest.set(node.anchor, node);
            }
        },
    });
    return targets;
}
function nullAt(node, fallback) {
    const r = node && node.range ? rangeOf(node) : fallback;
    return { kind: 'scalar', value: null, style: 'plain', range: r };
}
function parseYaml(text) {
    let docs;
    try {
        // uniqueKeys is off: yaml compares each key with every earlier one (quadratic: a map of
        // 100 000 keys took over a minute). The Converter reports duplicates with the same message.
        const parsed = (0,dist/* parseAllDocuments */.hR)(text, { prettyErrors: false, uniqueKeys: false, merge: true });
        docs = Array.isArray(parsed) ? parsed : [];
    }
    catch (e) {
        return { documents: [], error: { message: e.message, offset: 0, endOffset: 0 } };
    }
    const documents = [];
    for (const [index, doc] of docs.entries()) {
        const err = doc.errors[0];
        if (err) {
            // yaml catches its own stack overflow on deep nesting and reports it as RESOURCE_EXHAUSTION
            // at the token where the stack ran out; say what that means instead of "Maximum call stack…".
            const message = err.code === 'RESOURCE_EXHAUSTION' ? TOO_DEEP : cleanMessage(err.message);
            return { documents, error: { message, offset: err.pos[0], endOffset: err.pos[1] } };
        }
        try {
            const converter = new Converter(doc);
            const root = converter.convert(doc.contents);
            documents.push({ root, index, anchors: [...converter.anchorUses.values()] });
        }
        catch (e) {
            if (e instanceof DuplicateKey) {
                return { documents, error: { message: e.message, offset: e.offset, endOffset: e.offset + 1 } };
            }
            if (e instanceof TooLarge) {
                return { documents: [], error: { message: e.message, offset: 0, endOffset: 0 } };
            }
            // Nesting that yaml itself composed can still exhaust the stack in our recursive walks when
            // the caller's stack is already deep: a parse error at the document, not a crash.
            if (e instanceof RangeError) {
                const at = doc.contents?.range?.[0] ?? 0;
                return { documents: [], error: { message: TOO_DEEP, offset: at, endOffset: at + 1 } };
            }
            throw e;
        }
    }
    return { documents };
}
/** yaml's messages end with " at line X, column Y:" and a snippet; our reporters add the location themselves. */
function cleanMessage(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

;// CONCATENATED MODULE: ./src/compose/image.ts
function parseImage(ref) {
    let rest = ref.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    let tagStart;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        tagStart = ref.indexOf(rest) + colon + 1;
        rest = rest.slice(0, colon);
    }
    const parts = rest.split('/');
    let registry;
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost'))
        registry = parts.shift();
    return { registry, path: parts.join('/'), name: parts[parts.length - 1] ?? '', tag, digest, tagStart };
}
const DOCKER_HUB_PREFIX = /^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//i;
/** `docker.io/legard/x` and `legard/x` name the same repository; so does `index.docker.io`. */
function sameRepository(image, ownerAndName) {
    const want = ownerAndName.toLowerCase().replace(DOCKER_HUB_PREFIX, '');
    const have = image.path.toLowerCase();
    // A policy that names a registry (`ghcr.io/owner/name`) wants exactly that registry.
    if (want.split('/')[0].includes('.'))
        return `${image.registry ?? ''}/${have}`.toLowerCase() === want;
    if (have === want)
        return true;
    // A mirror registry (`mirror.example.com/hub/legard/claude-code-proxy`) still names the same image.
    const dockerHub = !image.registry || DOCKER_HUB_PREFIX.test(`${image.registry}/`);
    return !dockerHub && have.endsWith(`/${want}`);
}

;// CONCATENATED MODULE: ./src/compose/project.ts







const BASE = /^(docker-)?compose\.ya?ml$/i;
const OVERRIDE = /^(docker-)?compose\.override\.ya?ml$/i;
/**
 * Groups compose files the way `docker compose` combines them: a folder's `compose.yaml` with its
 * `compose.override.yaml`; any other compose file in that folder is judged layered on the base,
 * which it usually extends (`-f compose.yaml -f compose.prod.yaml`). Identical findings from
 * several projects are deduplicated later.
 */
function groupProjects(inputs) {
    const byDir = new Map();
    for (const input of inputs) {
        const dir = external_node_path_namespaceObject.posix.dirname(input.file.path);
        const list = byDir.get(dir);
        if (list)
            list.push(input);
        else
            byDir.set(dir, [input]);
    }
    const groups = [];
    for (const files of byDir.values()) {
        const name = (i) => external_node_path_namespaceObject.posix.basename(i.file.path);
        const base = files.filter((f) => BASE.test(name(f))).sort((a, b) => a.file.path.length - b.file.path.length)[0];
        const override = base && files.find((f) => OVERRIDE.test(name(f)) && name(f).startsWith(name(base).split('compose')[0]));
        if (base)
            groups.push(override ? [base, override] : [base]);
        for (const f of files) {
            if (f === base || f === override)
                continue;
            groups.push(base ? [base, f] : [f]);
        }
    }
    return groups;
}
function serviceDefinitions(input) {
    const out = [];
    for (const doc of input.documents) {
        const services = get(doc.root, 'services');
        if (!services || services.kind !== 'map')
            continue;
        for (const e of effectiveEntries(services)) {
            if (e.value.kind !== 'map')
                continue;
            out.push({ file: input.file, name: e.key, keyRange: e.keyRange, node: e.value });
        }
    }
    return out;
}
/** The scalar value of `key` in the last definition that sets it, with the project's `.env` applied. */
function settingValue(service, key) {
    const s = setting(service, key);
    if (!s || s.entry.value.kind !== 'scalar')
        return undefined;
    const node = s.entry.value;
    const { value, references } = interpolate(locateScalar(s.def.file, node), service.lookup);
    return { ...s, node, value, references, via: s.entry.mergedFrom ?? node.via ?? s.def.node.via };
}
/** The last definition that sets `key`, as Compose's merge would keep it. */
function setting(service, key) {
    for (let i = service.definitions.length - 1; i >= 0; i--) {
        const def = service.definitions[i];
        const e = entry(def.node, key);
        if (e)
            return { def, entry: e };
    }
    return undefined;
}
function buildProject(layers, resolve, detection) {
    const dir = external_node_path_namespaceObject.posix.dirname(layers[0].file.path);
    const dotenv = resolve(joinPath(dir, '.env'));
    const lookup = dotenvLookup(dotenv);
    const byName = new Map();
    const byFile = new Map();
    for (const layer of layers) {
        byFile.set(layer.file, definitionsByName(layer));
        for (const def of serviceDefinitions(layer)) {
            const list = byName.get(def.name);
            if (list)
                list.push(def);
            else
                byName.set(def.name, [def]);
        }
    }
    const services = [];
    for (const [name, own] of byName) {
        const unresolvedExtends = [];
        const definitions = own.flatMap((def) => [...extended(def, byFile, resolve, unresolvedExtends, new Set([`${def.file.path}#${name}`])), def]);
        const service = { name, definitions, env: new Map(), isProxy: false, lookup, unreadEnvFiles: [], unresolvedExtends };
        for (const def of definitions) {
            for (const rel of envFilePaths(def.node)) {
                const path = joinPath(external_node_path_namespaceObject.posix.dirname(def.file.path), rel);
                const file = resolve(path);
                if (file)
                    for (const v of envFileVars(file))
                        service.env.set(v.name, v);
                else
                    service.unreadEnvFiles.push(path);
            }
            for (const v of environmentVars(def.node, def.file, lookup))
                service.env.set(v.name, v);
        }
        service.image = imageOf(service);
        service.isProxy = isProxyService(service, detection);
        services.push(service);
    }
    return { dir, files: layers.map((l) => l.file), services };
}
function definitionsByName(input) {
    return new Map(serviceDefinitions(input).map((d) => [d.name, d]));
}
const extendsTargets = new WeakMap();
/** The services of a compose file that is not a layer of the project, parsed once; null if it does not parse. */
function servicesOf(file) {
    let known = extendsTargets.get(file);
    if (known === undefined) {
        const text = file.text.charCodeAt(0) === 0xfeff ? ' ' + file.text.slice(1) : file.text;
        const r = file.kind === 'compose' ? parseYaml(text) : undefined;
        known = r && !r.error ? definitionsByName({ file, documents: r.documents }) : null;
        extendsTargets.set(file, known);
    }
    return known;
}
/**
 * The definitions `def` inherits through `extends:` (a service of the same file by name, or
 * `{service, file}`), theirs first, each marked with the `extends:` entry that brought it. A
 * file is used only when it is a judged file of the same folder; what cannot be used goes to
 * `unresolved`.
 */
function extended(def, byFile, resolve, unresolved, seen) {
    const e = entry(def.node, 'extends');
    if (!e)
        return [];
    const v = e.value;
    const nameNode = v.kind === 'map' ? get(v, 'service') : v;
    const fileNode = v.kind === 'map' ? get(v, 'file') : undefined;
    if (nameNode?.kind !== 'scalar' || typeof nameNode.value !== 'string')
        return [];
    const targetName = nameNode.value;
    let file = def.file;
    if (fileNode?.kind === 'scalar' && typeof fileNode.value === 'string') {
        const path = joinPath(external_node_path_namespaceObject.posix.dirname(def.file.path), fileNode.value);
        // Only a file of the same folder: files are judged a few folders at a time, and whether a
        // file elsewhere was at hand must not change the findings.
        const found = external_node_path_namespaceObject.posix.dirname(path) === external_node_path_namespaceObject.posix.dirname(def.file.path) ? resolve(path) : undefined;
        if (!found) {
            unresolved.push(`${path}#${targetName}`);
            return [];
        }
        file = found;
    }
    const key = `${file.path}#${targetName}`;
    const target = (byFile.get(file) ?? servicesOf(file))?.get(targetName);
    if (!target || seen.has(key) || target === def) {
        unresolved.push(key);
        return [];
    }
    seen.add(key);
    const inherited = [...extended(target, byFile, resolve, unresolved, seen), target];
    const extendedAt = { file: def.file, range: e.range };
    return inherited.map((d) => ({ ...d, extendedAt: d.extendedAt ?? extendedAt }));
}
/** Whether every variable the service may get is known: no unread env_file, no unresolved `extends:`. */
function environmentKnown(service) {
    return service.unreadEnvFiles.length === 0 && service.unresolvedExtends.length === 0;
}
function imageOf(service) {
    const s = settingValue(service, 'image');
    if (!s?.value || typeof s.node.value !== 'string')
        return undefined;
    return { ref: parseImage(s.value.value), value: s.value, file: s.def.file, references: s.references, via: s.via };
}
function isProxyService(service, detection) {
    if (detection.services.includes(service.name))
        return true;
    const image = service.image?.ref.name.toLowerCase();
    if (image && detection.images.some((i) => i.toLowerCase() === image))
        return true;
    return detection.variables.some((v) => service.env.has(v));
}
/** Paths of the `.env` files a set of compose files may read, relative to the scan root. */
function referencedEnvFiles(input) {
    const dir = external_node_path_namespaceObject.posix.dirname(input.file.path);
    const out = new Set([joinPath(dir, '.env')]);
    for (const def of serviceDefinitions(input)) {
        for (const rel of envFilePaths(def.node))
            out.add(joinPath(dir, rel));
    }
    return [...out];
}
function joinPath(dir, rel) {
    const joined = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(dir === '.' ? '' : dir, rel.replace(/\\/g, '/')));
    return joined.replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/compose/anchor-guard.ts
const inside = (r, outer) => outer[0] <= r[0] && r[1] <= outer[1];
// Overlap, not containment: removing an entry's line also takes its indentation, which lies
// before the map's range.
const touches = (e, r) => e.start < r[1] && r[0] < Math.max(e.end, e.start + 1);
/**
 * A fix inside an anchored node changes every place that uses the anchor. Keep it only when each
 * user (every alias, and the anchor itself when it sits in a service) is a proxy service;
 * otherwise drop the fix and say why, so fixing the proxy never silently changes another service.
 * The same holds for a service definition that `extends:` brings into other services.
 */
function guardAnchorFixes(findings, inputs, projects) {
    const byFile = new Map(inputs.map((i) => [i.file.path, i]));
    const services = new Map();
    const proxies = new Map();
    const add = (map, path, r) => {
        const list = map.get(path);
        if (list)
            list.push(r);
        else
            map.set(path, [r]);
    };
    const inherited = inheritedDefinitions(projects);
    for (const project of projects) {
        for (const s of project.services) {
            for (const def of s.definitions) {
                if (def.extendedAt)
                    continue;
                // A service written as an alias (`proxy: *base`) occupies the alias site; the anchored
                // value belongs to wherever it is written (an `x-` key, or another service).
                const occupied = def.node.via ?? def.node.range;
                add(services, def.file.path, occupied);
                if (s.isProxy)
                    add(proxies, def.file.path, occupied);
            }
        }
    }
    return findings.map((f) => {
        const edits = f.fix?.edits ?? [];
        const drop = (why) => {
            const { fix: _unsafe, ...rest } = f;
            return { ...rest, message: `${f.message} (not fixed automatically: ${why})` };
        };
        for (const e of edits) {
            const outsider = (inherited.get(e.file) ?? []).filter((d) => touches(e, d.range)).flatMap((d) => d.users.filter((u) => !u.isProxy))[0];
            if (outsider)
                return drop(`the change is inherited through extends: by service "${outsider.name}" too`);
        }
        const input = edits.length ? byFile.get(edits[0].file) : undefined;
        if (!input)
            return f;
        const path = input.file.path;
        const inService = (r) => (services.get(path) ?? []).some((s) => inside(r, s));
        const inProxy = (r) => (proxies.get(path) ?? []).some((s) => inside(r, s));
        for (const doc of input.documents) {
            for (const anchor of doc.anchors ?? []) {
                if (!edits.some((e) => touches(e, anchor.range)))
                    continue;
                const users = anchor.aliases.slice();
                if (inService(anchor.range))
                    users.push(anchor.range);
                const outsider = users.find((u) => !inProxy(u));
                if (!outsider)
                    continue;
                const line = input.file.location(outsider[0]).line;
                return drop(`the anchor &${anchor.name} is also used at line ${line}, outside the proxy service`);
            }
        }
        return f;
    });
}
/**
 * Definitions that some service inherits through `extends:`, by file, with every service that
 * gets them: the services extending them and the service itself (when it is one of the project).
 */
function inheritedDefinitions(projects) {
    const key = (path, r) => `${path}:${r[0]}:${r[1]}`;
    const extended = new Set();
    for (const project of projects) {
        for (const s of project.services)
            for (const def of s.definitions)
                if (def.extendedAt)
                    extended.add(key(def.file.path, def.node.range));
    }
    const byKey = new Map();
    const out = new Map();
    if (!extended.size)
        return out;
    for (const project of projects) {
        for (const s of project.services) {
            for (const def of s.definitions) {
                const k = key(def.file.path, def.node.range);
                if (!extended.has(k))
                    continue;
                let d = byKey.get(k);
                if (!d) {
                    d = { range: def.node.range, users: [] };
                    byKey.set(k, d);
                    const list = out.get(def.file.path);
                    if (list)
                        list.push(d);
                    else
                        out.set(def.file.path, [d]);
                }
                d.users.push({ name: s.name, isProxy: s.isProxy });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/openclaw/model.ts


const SPEC_KEYS = ['model', 'imageModel', 'utilityModel', 'pdfModel'];
/** The URL is Cloud.ru FM itself or the local claude-code-proxy in front of it. */
function isCloudruUrl(url, detection) {
    if (!url)
        return false;
    let parsed;
    try {
        parsed = new URL(url.includes('://') ? url : `http://${url}`);
    }
    catch {
        return false;
    }
    const host = parsed.hostname.toLowerCase();
    if (detection.hosts.some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`)))
        return true;
    const local = ['localhost', '127.0.0.1', '0.0.0.0', '[::1]', 'host.docker.internal', 'claude-code-proxy'];
    const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
    return local.includes(host) && detection.localProxyPorts.includes(port);
}
function str(node) {
    return node?.kind === 'scalar' && typeof node.value === 'string' ? node : undefined;
}
function keyAsScalar(file, e) {
    const c = file.text[e.keyRange[0]];
    return { kind: 'scalar', value: e.key, style: c === '"' ? 'double' : c === "'" ? 'single' : 'plain', range: e.keyRange };
}
function buildOpenclawModel(file, root, detection) {
    const model = { file, providers: new Map(), refs: [], agents: [], cliBackends: [], cloudruProviders: new Set(detection.providers) };
    const providers = getPath(root, ['models', 'providers']);
    if (providers?.kind === 'map') {
        for (const e of effectiveEntries(providers)) {
            const baseUrl = str(get(e.value, 'baseUrl'))?.value;
            const p = {
                id: e.key,
                baseUrl,
                isCloudru: detection.providers.includes(e.key) || isCloudruUrl(baseUrl, detection),
                models: [],
            };
            const list = get(e.value, 'models');
            if (list?.kind === 'seq') {
                list.items.forEach((item, i) => {
                    if (item.kind !== 'map')
                        return;
                    const reasoning = entry(item, 'reasoning');
                    p.models.push({ node: item, id: str(get(item, 'id')), name: str(get(item, 'name')), reasoning, path: `models.providers.${e.key}.models[${i}]` });
                });
            }
            model.providers.set(e.key, p);
        }
    }
    const ref = (node, path) => {
        const value = locateScalar(file, node);
        const slash = value.value.indexOf('/');
        return { value, path, provider: slash > 0 ? value.value.slice(0, slash) : undefined };
    };
    const specRefs = (node, path) => {
        const s = str(node);
        if (s) {
            const r = ref(s, path);
            model.refs.push(r);
            return r;
        }
        if (node?.kind === 'seq')
            node.items.forEach((n, i) => specRefs(n, `${path}[${i}]`));
        if (node?.kind !== 'map')
            return undefined;
        const primary = specRefs(get(node, 'primary'), `${path}.primary`);
        const fallbacks = get(node, 'fallbacks');
        if (fallbacks?.kind === 'seq')
            fallbacks.items.forEach((n, i) => specRefs(n, `${path}.fallbacks[${i}]`));
        return primary;
    };
    const scope = (node, path, inherited) => {
        if (node?.kind !== 'map')
            return;
        let primary;
        for (const key of SPEC_KEYS) {
            const r = specRefs(get(node, key), `${path}.${key}`);
            if (key === 'model')
                primary = r;
        }
        for (const key of ['subagents', 'heartbeat'])
            specRefs(getPath(node, [key, 'model']), `${path}.${key}.model`);
        const media = get(node, 'mediaModels');
        if (media?.kind === 'map')
            for (const e of effectiveEntries(media))
                specRefs(e.value, `${path}.mediaModels.${e.key}`);
        const models = get(node, 'models');
        if (models?.kind === 'map') {
            for (const e of effectiveEntries(models)) {
                const r = ref(keyAsScalar(file, e), `${path}.models["${e.key}"]`);
                model.refs.push(r);
            }
        }
        const thinking = entry(node, 'thinkingDefault');
        model.agents.push({ path, primary: primary ?? inherited, thinkingDefault: thinking });
        const backends = get(node, 'cliBackends');
        if (backends?.kind === 'map') {
            for (const b of effectiveEntries(backends)) {
                const env = get(b.value, 'env');
                if (env?.kind !== 'map')
                    continue;
                const vars = effectiveEntries(env)
                    .filter((e) => str(e.value))
                    .map((e) => ({ name: e.key, value: locateScalar(file, e.value), path: `${path}.cliBackends.${b.key}.env.${e.key}` }));
                const url = vars.find((v) => v.name === 'ANTHROPIC_BASE_URL' || v.name === 'OPENAI_BASE_URL')?.value.value;
                model.cliBackends.push({ path: `${path}.cliBackends.${b.key}`, isCloudru: isCloudruUrl(url, detection), vars });
            }
        }
    };
    const defaults = getPath(root, ['agents', 'defaults']);
    scope(defaults, 'agents.defaults');
    const defaultPrimary = model.agents[0]?.primary;
    const list = getPath(root, ['agents', 'list']);
    if (list?.kind === 'seq')
        list.items.forEach((a, i) => scope(a, `agents.list[${i}]`, defaultPrimary));
    const entries = getPath(root, ['agents', 'entries']);
    if (entries?.kind === 'map')
        for (const e of effectiveEntries(entries))
            scope(e.value, `agents.entries.${e.key}`, defaultPrimary);
    return model;
}
/** The ref goes through Cloud.ru FM: its provider is a Cloud.ru FM provider. */
function refIsCloudru(model, ref) {
    if (!ref?.provider)
        return false;
    const defined = model.providers.get(ref.provider);
    // A provider the policy names is Cloud.ru FM even when it is defined in another file ($include).
    return defined ? defined.isCloudru : model.cloudruProviders.has(ref.provider);
}

;// CONCATENATED MODULE: ./node_modules/@humanwhocodes/momoa/dist/momoa.js
/**
 * @fileoverview Character codes.
 * @author Nicholas C. Zakas
 */

const CHAR_0 = 48;          // 0
const CHAR_1 = 49;          // 1
const CHAR_9 = 57;          // 9
const CHAR_BACKSLASH = 92;  // \
const CHAR_DOLLAR = 36;     // $
const CHAR_DOT = 46;        // .
const CHAR_DOUBLE_QUOTE = 34; // "
const CHAR_LOWER_A = 97;    // a
const CHAR_LOWER_E = 101;         // e
const CHAR_LOWER_F = 102;   // f
const CHAR_LOWER_N = 110;   // n
const CHAR_LOWER_T = 116;   // t
const CHAR_LOWER_U = 117;   // u
const CHAR_LOWER_X = 120;   // x
const CHAR_LOWER_Z = 122;   // z
const CHAR_MINUS = 45;      // -
const CHAR_NEWLINE = 10;    // newline
const CHAR_PLUS = 43;       // +
const CHAR_RETURN = 13;     // return
const CHAR_SINGLE_QUOTE = 39; // '
const CHAR_SLASH = 47;      // /
const CHAR_SPACE = 32;      // space
const CHAR_TAB = 9;         // tab
const CHAR_UNDERSCORE = 95; // _
const CHAR_UPPER_A = 65;    // A
const CHAR_UPPER_E = 69;          // E
const CHAR_UPPER_F = 70;    // F
const CHAR_UPPER_N = 78;    // N
const CHAR_UPPER_X = 88;    // X
const CHAR_UPPER_Z = 90;    // Z
const CHAR_LOWER_B = 98;    // b
const CHAR_LOWER_R = 114;   // r
const CHAR_LOWER_V = 118;   // v
const CHAR_LINE_SEPARATOR = 0x2028;
const CHAR_PARAGRAPH_SEPARATOR = 0x2029;
const CHAR_UPPER_I = 73;    // I
const CHAR_STAR = 42;       // *
const CHAR_VTAB = 11;            // U+000B Vertical tab
const CHAR_FORM_FEED = 12;       // U+000C Form feed
const CHAR_NBSP = 160;           // U+00A0 Non-breaking space
const CHAR_BOM = 65279;          // U+FEFF
const CHAR_NON_BREAKING_SPACE = 160;
const CHAR_EN_QUAD = 8192;
const CHAR_EM_QUAD = 8193;
const CHAR_EN_SPACE = 8194;
const CHAR_EM_SPACE = 8195;
const CHAR_THREE_PER_EM_SPACE = 8196;
const CHAR_FOUR_PER_EM_SPACE = 8197;
const CHAR_SIX_PER_EM_SPACE = 8198;
const CHAR_FIGURE_SPACE = 8199;
const CHAR_PUNCTUATION_SPACE = 8200;
const CHAR_THIN_SPACE = 8201;
const CHAR_HAIR_SPACE = 8202;
const CHAR_NARROW_NO_BREAK_SPACE = 8239;
const CHAR_MEDIUM_MATHEMATICAL_SPACE = 8287;
const CHAR_IDEOGRAPHIC_SPACE = 12288;

/**
 * @fileoverview JSON syntax helpers
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Types
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").TokenType} TokenType */

//-----------------------------------------------------------------------------
// Predefined Tokens
//-----------------------------------------------------------------------------

const LBRACKET = "[";
const RBRACKET = "]";
const LBRACE = "{";
const RBRACE = "}";
const COLON = ":";
const COMMA = ",";

const TRUE = "true";
const FALSE = "false";
const NULL = "null";
const NAN$1 = "NaN";
const INFINITY$1 = "Infinity";
const QUOTE = "\"";

const escapeToChar = new Map([
    [CHAR_DOUBLE_QUOTE, QUOTE],
    [CHAR_BACKSLASH, "\\"],
    [CHAR_SLASH, "/"],
    [CHAR_LOWER_B, "\b"],
    [CHAR_LOWER_N, "\n"],
    [CHAR_LOWER_F, "\f"],
    [CHAR_LOWER_R, "\r"],
    [CHAR_LOWER_T, "\t"]
]);

const json5EscapeToChar = new Map([
    ...escapeToChar,
    [CHAR_LOWER_V, "\v"],
    [CHAR_0, "\0"]
]);

const charToEscape = new Map([
    [QUOTE, QUOTE],
    ["\\", "\\"],
    ["/", "/"],
    ["\b", "b"],
    ["\n", "n"],
    ["\f", "f"],
    ["\r", "r"],
    ["\t", "t"]
]);

const json5CharToEscape = new Map([
    ...charToEscape,
    ["\v", "v"],
    ["\0", "0"],
    ["\u2028", "u2028"],
    ["\u2029", "u2029"]
]);

/** @type {Map<string,TokenType>} */
const knownTokenTypes = new Map([
    [LBRACKET, "LBracket"],
    [RBRACKET, "RBracket"],
    [LBRACE, "LBrace"],
    [RBRACE, "RBrace"],
    [COLON, "Colon"],
    [COMMA, "Comma"],
    [TRUE, "Boolean"],
    [FALSE, "Boolean"],
    [NULL, "Null"]
]);

/** @type {Map<string,TokenType>} */
const knownJSON5TokenTypes = new Map([
    ...knownTokenTypes,
    [NAN$1, "Number"],
    [INFINITY$1, "Number"]
]);

// JSON5
const json5LineTerminators = new Set([
    CHAR_NEWLINE,
    CHAR_RETURN,
    CHAR_LINE_SEPARATOR,
    CHAR_PARAGRAPH_SEPARATOR
]);

/**
 * @fileoverview JSON tokenization/parsing errors
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").Location} Location */
/** @typedef {import("./typedefs.js").Token} Token */

//-----------------------------------------------------------------------------
// Errors
//-----------------------------------------------------------------------------

/**
 * Base class that attaches location to an error.
 */
class ErrorWithLocation extends Error {

    /**
     * Creates a new instance.
     * @param {string} message The error message to report. 
     * @param {Location} loc The location information for the error.
     */
    constructor(message, { line, column, offset }) {
        super(`${ message } (${ line }:${ column})`);

        /**
         * The line on which the error occurred.
         * @type {number}
         */
        this.line = line;

        /**
         * The column on which the error occurred.
         * @type {number}
         */
        this.column = column;
        
        /**
         * The index into the string where the error occurred.
         * @type {number}
         */
        this.offset = offset;
    }

}

/**
 * Error thrown when an unexpected character is found during tokenizing.
 */
class UnexpectedChar extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {number} unexpected The character that was found.
     * @param {Location} loc The location information for the found character.
     */
    constructor(unexpected, loc) {
        super(`Unexpected character '${ String.fromCharCode(unexpected) }' found.`, loc);
    }
}

/**
 * Error thrown when an unexpected identifier is found during tokenizing.
 */
class UnexpectedIdentifier extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {string} unexpected The character that was found.
     * @param {Location} loc The location information for the found character.
     */
    constructor(unexpected, loc) {
        super(`Unexpected identifier '${ unexpected }' found.`, loc);
    }
}

/**
 * Error thrown when an unexpected token is found during parsing.
 */
class UnexpectedToken extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {Token} token The token that was found. 
     */
    constructor(token) {
        super(`Unexpected token ${ token.type } found.`, token.loc.start);
    }
}

/**
 * Error thrown when the end of input is found where it isn't expected.
 */
class UnexpectedEOF extends ErrorWithLocation {

    /**
     * Creates a new instance.
     * @param {Location} loc The location information for the found character.
     */
    constructor(loc) {
        super("Unexpected end of input found.", loc);
    }
}

/*
 * The following is extracted from https://github.com/json5/json5/
 *
 * MIT License
 * 
 * Copyright (c) 2012-2018 Aseem Kishore, and others.
 * 
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:
 * 
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.
 * 
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/

const ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
// eslint-disable-next-line no-misleading-character-class
const ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;

/**
 * @fileoverview A charactor code reader.
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Type Definitions
//-----------------------------------------------------------------------------


//-----------------------------------------------------------------------------
// Data
//-----------------------------------------------------------------------------

const CHAR_CR = 13; // \r
const CHAR_LF = 10; // \n

//-----------------------------------------------------------------------------
// CharCodeReader
//-----------------------------------------------------------------------------

/**
 * A reader that reads character codes from a string.
 */
class CharCodeReader {

    /**
     * The text to read from.
     * @type {string}
     */
    #text = "";

    /**
     * The current line number.
     * @type {number}
     */
    #line = 1;

    /**
     * The current column number.
     * @type {number}
     */
    #column = 0;

    /**
     * The current offset in the text.
     * @type {number}
     */
    #offset = -1;

    /**
     * Whether the last character read was a new line.
     * @type {boolean}
     */
    #newLine = false;

    /**
     * The last character code read.
     * @type {number}
     */
    #last = -1;

    /**
     * Whether the reader has ended.
     * @type {boolean}
     */
    #ended = false;

    /**
     * Creates a new instance.
     * @param {string} text The text to read from
     */
    constructor(text) {
        this.#text = text;
    }

    /**
     * Ends the reader.
     * @returns {void}
     */
    #end() {
        if (this.#ended) {
            return;
        }

        this.#column++;
        this.#offset++;
        this.#last = -1;
        this.#ended = true;
    }

    /**
     * Returns the current position of the reader.
     * @returns {Location} An object with line, column, and offset properties.
     */
    locate() {
        return {
            line: this.#line,
            column: this.#column,
            offset: this.#offset
        };
    }

    /**
     * Reads the next character code in the text.
     * @returns {number} The next character code, or -1 if there are no more characters.
     */
    next() {
        if (this.#offset >= this.#text.length - 1) {
            this.#end();
            return -1;
        }

        this.#offset++;
        const charCode = this.#text.charCodeAt(this.#offset);

        if (this.#newLine) {
            this.#line++;
            this.#column = 1;
            this.#newLine = false;
        } else {
            this.#column++;
        }

        if (charCode === CHAR_CR) {
            this.#newLine = true;

            // if we already see a \r, just ignore upcoming \n
            if (this.peek() === CHAR_LF) {
                this.#offset++;
            }
        } else if (charCode === CHAR_LF) {
            this.#newLine = true;
        }

        this.#last = charCode;

        return charCode;
    }

    /**
     * Peeks at the next character code in the text.
     * @returns {number} The next character code, or -1 if there are no more characters.
     */
    peek() {
        if (this.#offset === this.#text.length - 1) {
            return -1;
        }

        return this.#text.charCodeAt(this.#offset + 1);
    }

    /**
     * Determines if the next character code in the text matches a specific character code.
     * @param {(number) => boolean} fn A function to call on the next character.
     * @returns {boolean} True if the next character code matches, false if not.
     */ 
    match(fn) {
        if (fn(this.peek())) {
            this.next();
            return true;
        }

        return false;
    }

    /**
     * Returns the last character code read.
     * @returns {number} The last character code read.
     */
    current() {
        return this.#last;
    }


}

/**
 * @fileoverview JSON tokenizer
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").Range} Range */
/** @typedef {import("./typedefs.js").TokenizeOptions} TokenizeOptions */

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

const INFINITY = "Infinity";
const NAN = "NaN";

const keywordStarts = new Set([CHAR_LOWER_T, CHAR_LOWER_F, CHAR_LOWER_N]);
const whitespace = new Set([CHAR_SPACE, CHAR_TAB, CHAR_NEWLINE, CHAR_RETURN]);
const json5Whitespace = new Set([
    ...whitespace,
    CHAR_VTAB,
    CHAR_FORM_FEED,
    CHAR_NBSP,
    CHAR_LINE_SEPARATOR,
    CHAR_PARAGRAPH_SEPARATOR,
    CHAR_BOM,
    CHAR_NON_BREAKING_SPACE,
    CHAR_EN_QUAD,
    CHAR_EM_QUAD,
    CHAR_EN_SPACE,
    CHAR_EM_SPACE,
    CHAR_THREE_PER_EM_SPACE,
    CHAR_FOUR_PER_EM_SPACE,
    CHAR_SIX_PER_EM_SPACE,
    CHAR_FIGURE_SPACE,
    CHAR_PUNCTUATION_SPACE,
    CHAR_THIN_SPACE,
    CHAR_HAIR_SPACE,
    CHAR_NARROW_NO_BREAK_SPACE,
    CHAR_MEDIUM_MATHEMATICAL_SPACE,
    CHAR_IDEOGRAPHIC_SPACE,
]);


/** @type {TokenizeOptions} */
const DEFAULT_OPTIONS$1 = {
    mode: "json",
    ranges: false
};

const jsonKeywords = new Set(["true", "false", "null"]);

const tt = {
    EOF: 0,
    Number: 1,
    String: 2,
    Boolean: 3,
    Null: 4,
    NaN: 5,
    Infinity: 6,
    Identifier: 7,
    Colon: 20,
    LBrace: 21,
    RBrace: 22,
    LBracket: 23,
    RBracket: 24,
    Comma: 25,
    LineComment: 40,
    BlockComment: 41
};


// #region Helpers


/**
 * Determines if a given character is a decimal digit.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a digit.
 */
function isDigit(c) {
    return c >= CHAR_0 && c <= CHAR_9;
}

/**
 * Determines if a given character is a hexadecimal digit.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a hexadecimal digit.
 */
function isHexDigit(c) {
    return isDigit(c) ||
        c >= CHAR_UPPER_A && c <= CHAR_UPPER_F ||
        c >= CHAR_LOWER_A && c <= CHAR_LOWER_F;
}

/**
 * Determines if a given character is a positive digit (1-9).
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a positive digit.
 */
function isPositiveDigit(c) {
    return c >= CHAR_1 && c <= CHAR_9;
}

/**
 * Determines if a given character is the start of a keyword.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is the start of a keyword.
 */
function isKeywordStart(c) {
    return keywordStarts.has(c);
}

/**
 * Determines if a given character is the start of a number.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is the start of a number.
 */
function isNumberStart(c) {
    return isDigit(c) || c === CHAR_DOT || c === CHAR_MINUS;
}

/**
 * Determines if a given character is the start of a JSON5 number.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is the start of a JSON5 number.
 */
function isJSON5NumberStart(c) {
    return isNumberStart(c) || c === CHAR_PLUS;
}

/**
 * Determines if a given character is the start of a string.
 * @param {number} c The character to check.
 * @param {boolean} json5 `true` if JSON5 mode is enabled.
 * @returns {boolean} `true` if the character is the start of a string.
 */
function isStringStart(c, json5) {
    return c === CHAR_DOUBLE_QUOTE || (json5 && c === CHAR_SINGLE_QUOTE);
}

/**
 * Tests that a given character is a valid first character of a
 * JSON5 identifier
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a valid first character. 
 */
function isJSON5IdentifierStart(c) {

    // test simple cases first

    if (c === CHAR_DOLLAR || c === CHAR_UNDERSCORE || c === CHAR_BACKSLASH) {
        return true;
    }

    if (c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z || c >= CHAR_UPPER_A && c <= CHAR_UPPER_Z) {
        return true;
    }

    if (c === 0x200C || c === 0x200D) {
        return true;
    }
    
    const ct = String.fromCharCode(c);
    return ID_Start.test(ct);
}

/**
 * Tests that a given character is a valid part of a JSON5 identifier.
 * @param {number} c The character to check.
 * @returns {boolean} `true` if the character is a valid part of an identifier.
 */
function isJSON5IdentifierPart(c) {

    // fast path for simple cases
    if (isJSON5IdentifierStart(c) || isDigit(c)) {
        return true;
    }

    const ct = String.fromCharCode(c);
    return ID_Continue.test(ct);
}


// #endregion

class Tokenizer {

    /**
     * Options for the tokenizer.
     * @type {TokenizeOptions}
     */
    #options;

    /**
     * The source text to tokenize.
     * @type {string}
     */
    #text;

    /**
     * The reader for the source text.
     * @type {CharCodeReader}
     */
    #reader;

    /**
     * Indicates if the tokenizer is in JSON5 mode.
     * @type {boolean}
     */
    #json5;

    /**
     * Indicates if comments are allowed.
     * @type {boolean}
     */
    #allowComments;

    /**
     * Indicates if ranges should be included in the tokens.
     * @type {boolean}
     */
    #ranges;

    /**
     * The last token type read.
     * @type {Token}
     */
    #token;

    /**
     * Determines if a character is an escaped character.
     * @type {(c:number) => boolean}
     */
    #isEscapedCharacter;

    /**
     * Determines if a character is a JSON5 line terminator.
     * @type {(c:number) => boolean}
     */
    #isJSON5LineTerminator;


    /**
     * Determines if a character is a JSON5 hex escape.
     * @type {(c:number) => boolean}
     */
    #isJSON5HexEscape;

    /**
     * Determines if a character is whitespace.
     * @type {(c:number) => boolean}
     */
    #isWhitespace;

    /**
     * Creates a new instance of the tokenizer.
     * @param {string} text The source text
     * @param {TokenizeOptions} [options] Options for the tokenizer.
     */ 
    constructor(text, options) {
        this.#text = text;
        this.#options = {
            ...DEFAULT_OPTIONS$1,
            ...options
        };

        this.#reader = new CharCodeReader(text);
        this.#json5 = this.#options.mode === "json5";
        this.#allowComments = this.#options.mode !== "json";
        this.#ranges = this.#options.ranges;

        // TODO: Clean this up
        this.#isEscapedCharacter = this.#json5 ? json5EscapeToChar.has.bind(json5EscapeToChar) : escapeToChar.has.bind(escapeToChar);
        this.#isJSON5LineTerminator = this.#json5 ? json5LineTerminators.has.bind(json5LineTerminators) : () => false;
        this.#isJSON5HexEscape = this.#json5 ? c => c === CHAR_LOWER_X : () => false;
        this.#isWhitespace = this.#json5 ? json5Whitespace.has.bind(json5Whitespace) : whitespace.has.bind(whitespace);
    }

    // #region Errors

    /**
     * Convenience function for throwing unexpected character errors.
     * @param {number} c The unexpected character.
     * @param {Location} [loc] The location of the unexpected character.
     * @returns {never}
     * @throws {UnexpectedChar} always.
     */
    #unexpected(c, loc = this.#reader.locate()) {
        throw new UnexpectedChar(c, loc);
    }

    /**
     * Convenience function for throwing unexpected identifier errors.
     * @param {string} identifier The unexpected identifier.
     * @param {Location} [loc] The location of the unexpected identifier.
     * @returns {never}
     * @throws {UnexpectedIdentifier} always.
     */
    #unexpectedIdentifier(identifier, loc = this.#reader.locate()) {
        throw new UnexpectedIdentifier(identifier, loc);
    }

    /**
    * Convenience function for throwing unexpected EOF errors.
    * @returns {never}
    * @throws {UnexpectedEOF} always.
    */
    #unexpectedEOF() {
        throw new UnexpectedEOF(this.#reader.locate());
    }

    // #endregion

    // #region Helpers

    /**
     * Creates a new token.
     * @param {TokenType} tokenType The type of token to create.
     * @param {number} length The length of the token.
     * @param {Location} startLoc The start location for the token.
     * @param {Location} [endLoc] The end location for the token.
     * @returns {Token} The token.
     */
    #createToken(tokenType, length, startLoc, endLoc) {

        const endOffset = startLoc.offset + length;

        let range = this.#options.ranges ? {
            range: /** @type {Range} */ ([startLoc.offset, endOffset])
        } : undefined;

        return {
            type: tokenType,
            loc: {
                start: startLoc,
                end: endLoc || {
                    line: startLoc.line,
                    column: startLoc.column + length,
                    offset: endOffset
                }
            },
            ...range
        };        
    }

    /**
     * Reads in a specific number of hex digits.
     * @param {number} count The number of hex digits to read.
     * @returns {string} The hex digits read.
     */
    #readHexDigits(count) {
        let value = "";
        let c;

        for (let i = 0; i < count; i++) {
            c = this.#reader.peek();
            if (isHexDigit(c)) {
                this.#reader.next();
                value += String.fromCharCode(c);
                continue;
            }

            this.#unexpected(c);
        }

        return value;
    }

    /**
     * Reads in a JSON5 identifier. Also used for JSON but we validate
     * the identifier later.
     * @param {number} c The first character of the identifier.
     * @returns {string} The identifier read.
     * @throws {UnexpectedChar} when the identifier cannot be read.
     */
    #readIdentifier(c) {
        let value = "";

        do {

            value += String.fromCharCode(c);

            if (c === CHAR_BACKSLASH) {

                c = this.#reader.next();

                if (c !== CHAR_LOWER_U) {
                    this.#unexpected(c);
                }

                value += String.fromCharCode(c);

                const hexDigits = this.#readHexDigits(4);

                // check for a valid character code
                const charCode = parseInt(hexDigits, 16);

                if (value.length === 2 && !isJSON5IdentifierStart(charCode)) {
                    const loc = this.#reader.locate();
                    this.#unexpected(CHAR_BACKSLASH, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
                } else if (!isJSON5IdentifierPart(charCode)) {
                    const loc = this.#reader.locate();
                    this.#unexpected(charCode, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
                }

                value += hexDigits;
            }

            c = this.#reader.peek();

            if (!isJSON5IdentifierPart(c)) {
                break;
            }

            this.#reader.next();

        } while (true);  // eslint-disable-line no-constant-condition

        return value;
    }

    /**
     * Reads in a string. Works for both JSON and JSON5.
     * @param {number} c The first character of the string (either " or ').
     * @returns {number} The length of the string.
     * @throws {UnexpectedChar} when the string cannot be read.
     * @throws {UnexpectedEOF} when EOF is reached before the string is finalized.
     */
    #readString(c) {
        
        const delimiter = c;
        let length = 1;
        c = this.#reader.peek();

        while (c !== -1 && c !== delimiter) {

            this.#reader.next();
            length++;

            // escapes
            if (c === CHAR_BACKSLASH) {
                c = this.#reader.peek();

                if (this.#isEscapedCharacter(c) || this.#isJSON5LineTerminator(c)) {
                    this.#reader.next();
                    length++;
                } else if (c === CHAR_LOWER_U) {
                    this.#reader.next();
                    length++;

                    const result = this.#readHexDigits(4);
                    length += result.length;
                } else if (this.#isJSON5HexEscape(c)) {
                    this.#reader.next();
                    length++;

                    // hex escapes: \xHH
                    const result = this.#readHexDigits(2);
                    length += result.length;
                } else if (this.#json5) {  // JSON doesn't allow anything else
                    this.#reader.next();
                    length++;
                } else {
                    this.#unexpected(c);
                }
            }

            c = this.#reader.peek();
        }

        if (c === -1) {
            this.#reader.next();
            this.#unexpectedEOF();
        }

        // c is the delimiter
        this.#reader.next();
        length++;

        return length;
    
    
    }

    /**
     * Reads a number. Works for both JSON and JSON5.
     * @param {number} c The first character of the number.
     * @returns {number} The length of the number.
     * @throws {UnexpectedChar} when the number cannot be read.
     * @throws {UnexpectedEOF} when EOF is reached before the number is finalized.
     */
    #readNumber(c) {
        
        // we've already read the first character
        let length = 1;

        // JSON number may start with a minus but not a plus
        // JSON5 allows a plus.
        if (c === CHAR_MINUS || this.#json5 && c === CHAR_PLUS) {
            
            c = this.#reader.peek();
            
            /*
            * JSON5 allows Infinity or NaN preceded by a sign.
            * This blocks handles +Infinity, -Infinity, +NaN, and -NaN.
            * Standalone Infinity and NaN are handled in `readJSON5Identifier()`
            */
            if (this.#json5) {

                if (c === CHAR_UPPER_I || c === CHAR_UPPER_N) {
                    this.#reader.next();
                    const identifier = this.#readIdentifier(c);

                    if (identifier !== INFINITY && identifier !== NAN) {
                        this.#unexpected(c);
                    }

                    return length + identifier.length;
                }
            }

            // Next digit cannot be zero
            if (!isDigit(c)) {
                this.#unexpected(c);
            }

            // if we made it here, we need to continue on, so register the character
            this.#reader.next();
            length++;
        }

        /*
        * In JSON, a zero must be followed by a decimal point or nothing.
        * In JSON5, a zero can additionally be followed by an `x` indicating
        * that it's a hexadecimal number.
        */
        if (c === CHAR_0) {

            // c = this.#reader.next();
            // length++;
            c = this.#reader.peek();

            // check for a hex number
            if (this.#json5 && (c === CHAR_LOWER_X || c === CHAR_UPPER_X)) {

                this.#reader.next();
                length++;

                c = this.#reader.peek();

                if (!isHexDigit(c)) {
                    this.#reader.next();
                    this.#unexpected(c);
                }

                do {
                    this.#reader.next();
                    length++;
                    c = this.#reader.peek();
                } while (isHexDigit(c));

            } else if (isDigit(c)) {
                this.#unexpected(c);
            }

        } else {

            // JSON5 allows leading decimal points
            if (!this.#json5 || c !== CHAR_DOT) {
                if (!isPositiveDigit(c)) {
                    this.#unexpected(c);
                }

                c = this.#reader.peek();

                while (isDigit(c)) {
                    this.#reader.next();
                    length++;
                    c = this.#reader.peek();
                }
            }
        }

        /*
        * In JSON, a decimal point must be followed by at least one digit.
        * In JSON5, a decimal point need not be followed by any digits.
        */
        if (c === CHAR_DOT) {
                                
            let digitCount = -1;
            this.#reader.next();
            length++;
            digitCount++;

            c = this.#reader.peek();

            while (isDigit(c)) {
                this.#reader.next();
                length++;
                digitCount++;
                c = this.#reader.peek();
            }

            if (!this.#json5 && digitCount === 0) {
                this.#reader.next();
                if (c) {
                    this.#unexpected(c);
                } else {
                    this.#unexpectedEOF();
                }
            }
        }

        // Exponent is always last
        if (c === CHAR_LOWER_E || c === CHAR_UPPER_E) {

            this.#reader.next();
            length++;
            c = this.#reader.peek();

            if (c === CHAR_PLUS || c === CHAR_MINUS) {
                this.#reader.next();
                length++;
                c = this.#reader.peek();
            }

            /*
            * Must always have a digit in this position to avoid:
            * 5e
            * 12E+
            * 42e-
            */
            if (c === -1) {
                this.#reader.next();
                this.#unexpectedEOF();
            }

            if (!isDigit(c)) {
                this.#reader.next();
                this.#unexpected(c);
            }

            while (isDigit(c)) {
                this.#reader.next();
                length++;
                c = this.#reader.peek();
            }
        }

        return length;
    }

    /**
     * Reads a comment. Works for both JSON and JSON5.
     * @param {number} c The first character of the comment.
     * @returns {{length: number, multiline: boolean}} The length of the comment, and whether the comment is multi-line.
     * @throws {UnexpectedChar} when the comment cannot be read.
     * @throws {UnexpectedEOF} when EOF is reached before the comment is finalized.
     */ 
    #readComment(c) {
        
        let length = 1;

        // next character determines single- or multi-line
        c = this.#reader.peek();

        // single-line comments
        if (c === CHAR_SLASH) {
            
            do {
                this.#reader.next();
                length += 1;
                c = this.#reader.peek();
            } while (c > -1 && c !== CHAR_RETURN && c !== CHAR_NEWLINE);

            return { length, multiline: false };
        }

        // multi-line comments
        if (c === CHAR_STAR) {

            this.#reader.next();
            length += 1;

            while (c > -1) {
                c = this.#reader.peek();

                // check for end of comment
                if (c === CHAR_STAR) {
                    this.#reader.next();
                    length += 1;
                    c = this.#reader.peek();
                    
                    //end of comment
                    if (c === CHAR_SLASH) {
                        this.#reader.next();
                        length += 1;

                        return { length, multiline: true };
                    }
                } else {
                    this.#reader.next();
                    length += 1;
                }
            }

            this.#reader.next();
            this.#unexpectedEOF();
            
        }

        // if we've made it here, there's an invalid character
        this.#reader.next();
        this.#unexpected(c);        
    }
    // #endregion

    /**
     * Returns the next token in the source text.
     * @returns {number} The code for the next token.
     */
    next() {

        let c = this.#reader.next();

        while (this.#isWhitespace(c)) {
            c = this.#reader.next();
        }

        if (c === -1) {
            return tt.EOF;
        }

        const start = this.#reader.locate();
        const ct = String.fromCharCode(c);

        // check for JSON5 syntax only
        if (this.#json5) {
                
            if (knownJSON5TokenTypes.has(ct)) {
                this.#token = this.#createToken(knownJSON5TokenTypes.get(ct), 1, start);
            } else if (isJSON5IdentifierStart(c)) {
                const value = this.#readIdentifier(c);

                if (knownJSON5TokenTypes.has(value)) {
                    this.#token = this.#createToken(knownJSON5TokenTypes.get(value), value.length, start);
                } else {
                    this.#token = this.#createToken("Identifier", value.length, start);
                }
            } else if (isJSON5NumberStart(c)) {
                const result = this.#readNumber(c);
                this.#token = this.#createToken("Number", result, start);
            } else if (isStringStart(c, this.#json5)) {
                const result = this.#readString(c);
                const lastCharLoc = this.#reader.locate();
                this.#token = this.#createToken("String", result, start, {
                    line: lastCharLoc.line,
                    column: lastCharLoc.column + 1,
                    offset: lastCharLoc.offset + 1
                });
            } else if (c === CHAR_SLASH && this.#allowComments) {
                const result = this.#readComment(c);
                const lastCharLoc = this.#reader.locate();
                this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
                    line: lastCharLoc.line,
                    column: lastCharLoc.column + 1,
                    offset: lastCharLoc.offset + 1
                });
            } else {
                this.#unexpected(c);
            }

        } else {

            // check for JSON/JSONC syntax only
            if (knownTokenTypes.has(ct)) {
                this.#token = this.#createToken(knownTokenTypes.get(ct), 1, start);
            } else if (isKeywordStart(c)) {
                const value = this.#readIdentifier(c);

                if (!jsonKeywords.has(value)) {
                    this.#unexpectedIdentifier(value, start);
                }

                this.#token = this.#createToken(knownTokenTypes.get(value), value.length, start);
            } else if (isNumberStart(c)) {
                const result = this.#readNumber(c);
                this.#token = this.#createToken("Number", result, start);
            } else if (isStringStart(c, this.#json5)) {
                const result = this.#readString(c);
                this.#token = this.#createToken("String", result, start);
            } else if (c === CHAR_SLASH && this.#allowComments) {
                const result = this.#readComment(c);
                const lastCharLoc = this.#reader.locate();
                this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
                    line: lastCharLoc.line,
                    column: lastCharLoc.column + 1,
                    offset: lastCharLoc.offset + 1
                });
            } else {
                this.#unexpected(c);
            }
        }
        return tt[this.#token.type];
    }

    /**
     * Returns the current token in the source text.
     * @returns {Token} The current token.
     */
    get token() {
        return this.#token;
    }
}

//-----------------------------------------------------------------------------
// Main
//-----------------------------------------------------------------------------

/**
 * Creates an iterator over the tokens representing the source text.
 * @param {string} text The source text to tokenize.
 * @param {TokenizeOptions} [options] Options for doing the tokenization.
 * @returns {Array<Token>} An iterator over the tokens. 
 */
function tokenize(text, options) {

    const tokenizer = new Tokenizer(text, options);
    const tokens = [];

    while (tokenizer.next() !== tt.EOF) {
        tokens.push(tokenizer.token);
    }

    return tokens;

}

/**
 * @fileoverview  JSON AST types
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").LocationRange} LocationRange */
/** @typedef {import("./typedefs.js").NodeParts} NodeParts */
/** @typedef {import("./typedefs.js").DocumentNode} DocumentNode */
/** @typedef {import("./typedefs.js").StringNode} StringNode */
/** @typedef {import("./typedefs.js").NumberNode} NumberNode */
/** @typedef {import("./typedefs.js").BooleanNode} BooleanNode */
/** @typedef {import("./typedefs.js").MemberNode} MemberNode */
/** @typedef {import("./typedefs.js").ObjectNode} ObjectNode */
/** @typedef {import("./typedefs.js").ElementNode} ElementNode */
/** @typedef {import("./typedefs.js").ArrayNode} ArrayNode */
/** @typedef {import("./typedefs.js").NullNode} NullNode */
/** @typedef {import("./typedefs.js").ValueNode} ValueNode */
/** @typedef {import("./typedefs.js").IdentifierNode} IdentifierNode */
/** @typedef {import("./typedefs.js").NaNNode} NaNNode */
/** @typedef {import("./typedefs.js").InfinityNode} InfinityNode */
/** @typedef {import("./typedefs.js").Sign} Sign */

//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

const types = {

    /**
     * Creates a document node.
     * @param {ValueNode} body The body of the document.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {DocumentNode} The document node.
     */
    document(body, parts = {}) {
        return {
            type: "Document",
            body,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a string node.
     * @param {string} value The value for the string.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {StringNode} The string node.
     */
    string(value, parts = {}) {
        return {
            type: "String",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a number node.
     * @param {number} value The value for the number.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {NumberNode} The number node.
     */
    number(value, parts = {}) {
        return {
            type: "Number",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a boolean node.
     * @param {boolean} value The value for the boolean.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {BooleanNode} The boolean node.
     */
    boolean(value, parts = {}) {
        return {
            type: "Boolean",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a null node.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {NullNode} The null node.
     */
    null(parts = {}) {
        return {
            type: "Null",
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an array node.
     * @param {Array<ElementNode>} elements The elements to add.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {ArrayNode} The array node.
     */
    array(elements, parts = {}) {
        return {
            type: "Array",
            elements,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an element node.
     * @param {ValueNode} value The value for the element.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {ElementNode} The element node.
     */
    element(value, parts = {}) {
        return {
            type: "Element",
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an object node.
     * @param {Array<MemberNode>} members The members to add.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {ObjectNode} The object node.
     */
    object(members, parts = {}) {
        return {
            type: "Object",
            members,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a member node.
     * @param {StringNode|IdentifierNode} name The name for the member.
     * @param {ValueNode} value The value for the member.
     * @param {NodeParts} parts Additional properties for the node. 
     * @returns {MemberNode} The member node.
     */
    member(name, value, parts = {}) {
        return {
            type: "Member",
            name,
            value,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an identifier node.
     * @param {string} name The name for the identifier.
     * @param {NodeParts} parts Additional properties for the node.
     * @returns {IdentifierNode} The identifier node.
     */
    identifier(name, parts = {}) {
        return {
            type: "Identifier",
            name,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates a NaN node.
     * @param {Sign} sign The sign for the Infinity.
     * @param {NodeParts} parts Additional properties for the node.
     * @returns {NaNNode} The NaN node.
     */ 
    nan(sign = "", parts = {}) {
        return {
            type: "NaN",
            sign,
            loc: parts.loc,
            ...parts
        };
    },

    /**
     * Creates an Infinity node.
     * @param {Sign} sign The sign for the Infinity.
     * @param {NodeParts} parts Additional properties for the node.
     * @returns {InfinityNode} The Infinity node.
     */
    infinity(sign = "", parts = {}) {
        return {
            type: "Infinity",
            sign,
            loc: parts.loc,
            ...parts
        };
    },

};

/**
 * @fileoverview JSON parser
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").Node} Node */
/** @typedef {import("./typedefs.js").Mode} Mode */
/** @typedef {import("./typedefs.js").ParseOptions} ParseOptions */

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

/** @type {ParseOptions} */
const DEFAULT_OPTIONS = {
    mode: "json",
    ranges: false,
    tokens: false,
    allowTrailingCommas: false
};

const UNICODE_SEQUENCE = /\\u[\da-fA-F]{4}/gu;

/**
 * Normalizes a JSON5 identifier by converting Unicode escape sequences into
 * their corresponding characters.
 * @param {string} identifier The identifier to normalize.
 * @returns {string} The normalized identifier.
 */
function normalizeIdentifier(identifier) {
    return identifier.replace(UNICODE_SEQUENCE, unicodeEscape => {
        return String.fromCharCode(parseInt(unicodeEscape.slice(2), 16));
    });
}

/**
 * Calculates the location at the end of the given text.
 * @param {string} text The text to calculate the end location for.
 * @returns {Location} The location at the end of the text.
 */
function getEndLocation(text) {
    let line = 1;
    let column = 1;
    
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === "\n") {
            line++;
            column = 1;
        } else if (char === "\r") {
            // Handle \r\n as a single line ending
            if (text[i + 1] === "\n") {
                i++; // Skip the \n
            }
            line++;
            column = 1;
        } else {
            column++;
        }
    }
    
    return {
        line,
        column,
        offset: text.length
    };
}

/**
 * Converts a JSON-encoded string into a JavaScript string, interpreting each
 * escape sequence.
 * @param {string} value The text for the token.
 * @param {Token} token The string token to convert into a JavaScript string.
 * @param {boolean} json5 `true` if parsing JSON5, `false` otherwise.
 * @returns {string} A JavaScript string.
 */
function getStringValue(value, token, json5 = false) {
    
    let result = "";
    let escapeIndex = value.indexOf("\\");
    let lastIndex = 0;

    // While there are escapes, interpret them to build up the result
    while (escapeIndex >= 0) {

        // append the text that happened before the escape
        result += value.slice(lastIndex, escapeIndex);

        // get the character immediately after the \
        const escapeChar = value.charAt(escapeIndex + 1);
        const escapeCharCode = escapeChar.charCodeAt(0);
        
        // check for the non-Unicode escape sequences first
        if (json5 && json5EscapeToChar.has(escapeCharCode)) {
            result += json5EscapeToChar.get(escapeCharCode);
            lastIndex = escapeIndex + 2;
        } else if (escapeToChar.has(escapeCharCode)) {
            result += escapeToChar.get(escapeCharCode);
            lastIndex = escapeIndex + 2;
        } else if (escapeChar === "u") {
            const hexCode = value.slice(escapeIndex + 2, escapeIndex + 6);
            if (hexCode.length < 4 || /[^0-9a-f]/i.test(hexCode)) {
                throw new ErrorWithLocation(
                    `Invalid unicode escape \\u${ hexCode}.`,
                    {
                        line: token.loc.start.line,
                        column: token.loc.start.column + escapeIndex,
                        offset: token.loc.start.offset + escapeIndex
                    }
                );
            }

            result += String.fromCharCode(parseInt(hexCode, 16));
            lastIndex = escapeIndex + 6;
        } else if (json5 && escapeChar === "x") {
            const hexCode = value.slice(escapeIndex + 2, escapeIndex + 4);
            if (hexCode.length < 2 || /[^0-9a-f]/i.test(hexCode)) {
                throw new ErrorWithLocation(
                    `Invalid hex escape \\x${ hexCode}.`,
                    {
                        line: token.loc.start.line,
                        column: token.loc.start.column + escapeIndex,
                        offset: token.loc.start.offset + escapeIndex
                    }
                );
            }

            result += String.fromCharCode(parseInt(hexCode, 16));
            lastIndex = escapeIndex + 4;
        } else if (json5 && json5LineTerminators.has(escapeCharCode)) {
            lastIndex = escapeIndex + 2;

            // we also need to skip \n after a \r
            if (escapeChar === "\r" && value.charAt(lastIndex) === "\n") {
                lastIndex++;
            }
            
        } else {
            // all characters can be escaped in JSON5
            if (json5) {
                result += escapeChar;
                lastIndex = escapeIndex + 2;
            } else {
                throw new ErrorWithLocation(
                    `Invalid escape \\${ escapeChar }.`,
                    {
                        line: token.loc.start.line,
                        column: token.loc.start.column + escapeIndex,
                        offset: token.loc.start.offset + escapeIndex
                    }
                );
            }
        }

        // find the next escape sequence
        escapeIndex = value.indexOf("\\", lastIndex);
    }

    // get the last segment of the string value
    result += value.slice(lastIndex);

    return result;
}

/**
 * Gets the JavaScript value represented by a JSON token.
 * @param {string} value The text value of the token.
 * @param {Token} token The JSON token to get a value for.
 * @param {boolean} json5 `true` if parsing JSON5, `false` otherwise.
 * @returns {string|boolean|number} A number, string, or boolean.
 * @throws {TypeError} If an unknown token type is found. 
 */
function getLiteralValue(value, token, json5 = false) {
    switch (token.type) {
        case "Boolean":
            return value === "true";
            
        case "Number":
            if (json5) {

                /*
                 * Numbers like -0x1 are converted to NaN by Number(), so we need
                 * to handle them separately. Rather than checking for -0x, we can
                 * just check if the first character is a minus sign. The same for
                 * checking for +0x.
                 */

                if (value.charCodeAt(0) === 45) { // 45 is the char code for '-'
                    return -Number(value.slice(1));
                }

                if (value.charCodeAt(0) === 43) { // 43 is the char code for '+'
                    return Number(value.slice(1));
                }
            }
            return Number(value);

        case "String":
            return getStringValue(value.slice(1, -1), token, json5);

        default:
            throw new TypeError(`Unknown token type "${token.type}.`);
    }
}

//-----------------------------------------------------------------------------
// Main Function
//-----------------------------------------------------------------------------

/**
 * 
 * @param {string} text The text to parse.
 * @param {ParseOptions} [options] The options object.
 * @returns {DocumentNode} The AST representing the parsed JSON.
 * @throws {Error} When there is a parsing error. 
 */
function parse(text, options) {

    options = Object.freeze({
        ...DEFAULT_OPTIONS,
        ...options
    });

    const tokens = [];
    const tokenizer = new Tokenizer(text, {
        mode: options.mode,
        ranges: options.ranges
    });

    const json5 = options.mode === "json5";
    const allowTrailingCommas = options.allowTrailingCommas || json5;

    /**
     * Returns the next token knowing there are no comments.
     * @returns {number} The next token type or 0 if no next token.
     */
    function nextNoComments() {
        const nextType = tokenizer.next();

        if (nextType && options.tokens) {
            tokens.push(tokenizer.token);
        }
        return nextType;
    }
    
    /**
     * Returns the next token knowing there are comments to skip.
     * @returns {number} The next token type or 0 if no next token.
     */
    function nextSkipComments() {
        const nextType = tokenizer.next();
        if (nextType && options.tokens) {
            tokens.push(tokenizer.token);
        }

        if (nextType >= tt.LineComment) {
            return nextSkipComments();
        }

        return nextType;

    }

    // determine correct way to evaluate tokens based on presence of comments
    const next = options.mode === "json" ? nextNoComments : nextSkipComments;

    /**
     * Asserts a token has the given type.
     * @param {number} token The token to check.
     * @param {number} type The token type.
     * @throws {UnexpectedToken} If the token type isn't expected.
     * @returns {void}
     */
    function assertTokenType(token, type) {
        if (token !== type) {
            throw new UnexpectedToken(tokenizer.token);
        }
    }

    /**
     * Asserts a token has one of the given types.
     * @param {number} token The token to check.
     * @param {number[]} types The token types.
     * @returns {void}
     * @throws {UnexpectedToken} If the token type isn't expected.
     */ 
    function assertTokenTypes(token, types) {
        if (!types.includes(token)) {
            throw new UnexpectedToken(tokenizer.token);
        }
    }

    /**
     * Creates a range only if ranges are specified.
     * @param {Location} start The start offset for the range.
     * @param {Location} end The end offset for the range.
     * @returns {{range:[number,number]}|undefined} An object with a 
     */
    function createRange(start, end) {
        // @ts-ignore tsc incorrect - options might be undefined
        return options.ranges ? {
            range: [start.offset, end.offset]
        } : undefined;
    }

    /**
     * Creates a node for a string, boolean, or number.
     * @param {number} tokenType The token representing the literal. 
     * @returns {StringNode|NumberNode|BooleanNode} The node representing
     *      the value.
     */
    function createLiteralNode(tokenType) {
        const token = tokenizer.token;
        const range = createRange(token.loc.start, token.loc.end);
        const value = getLiteralValue(
            text.slice(token.loc.start.offset, token.loc.end.offset),
            token,
            json5
        );
        const loc = {
            start: {
                ...token.loc.start
            },
            end: {
                ...token.loc.end
            }
        };
        const parts = { loc, ...range };

        switch (tokenType) {
            case tt.String:
                return types.string(/** @type {string} */ (value), parts);

            case tt.Number:
                return types.number(/** @type {number} */ (value), parts);
                
            case tt.Boolean:
                return types.boolean(/** @type {boolean} */ (value), parts);

            default:
                throw new TypeError(`Unknown token type ${token.type}.`);
        }
    }

    /**
     * Creates a node for a JSON5 identifier.
     * @param {Token} token The token representing the identifer. 
     * @returns {NaNNode|InfinityNode|IdentifierNode} The node representing
     *      the value.
     */
    function createJSON5IdentifierNode(token) {
        const range = createRange(token.loc.start, token.loc.end);
        const identifier = text.slice(token.loc.start.offset, token.loc.end.offset);
        const loc = {
            start: {
                ...token.loc.start
            },
            end: {
                ...token.loc.end
            }
        };
        const parts = { loc, ...range };

        // Check for NaN or Infinity
        if (token.type !== "Identifier") {

            let sign = "";

            // check if the first character in the token is a plus or minus
            if (identifier[0] === "+" || identifier[0] === "-") {
                sign = identifier[0];
            }

            // check if the token is NaN or Infinity
            return types[identifier.includes("NaN") ? "nan" : "infinity"](/** @type {Sign} */ (sign), parts);
        }
        return types.identifier(normalizeIdentifier(identifier), parts);
    }

    /**
     * Creates a node for a null.
     * @param {Token} token The token representing null. 
     * @returns {NullNode} The node representing null.
     */
    function createNullNode(token) {
        const range = createRange(token.loc.start, token.loc.end);

        return types.null({
            loc: {
                start: {
                    ...token.loc.start
                },
                end: {
                    ...token.loc.end
                }
            },
            ...range
        });
    }


    /**
     * Parses a property in an object.
     * @param {number} tokenType The token representing the property.
     * @returns {MemberNode} The node representing the property.
     * @throws {UnexpectedToken} When an unexpected token is found.
     * @throws {UnexpectedEOF} When the end of the file is reached.
     */
    function parseProperty(tokenType) {

        if (json5) {
            assertTokenTypes(tokenType, [tt.String, tt.Identifier, tt.Number]);
        } else {
            assertTokenType(tokenType, tt.String);
        }

        const token = tokenizer.token;

        // check for -NaN, +NaN, -Infinity, +Infinity, and any number
        if (json5 && tokenType === tt.Number && /[+\-0-9]/.test(text[token.loc.start.offset])) {
            throw new UnexpectedToken(token);
        }

        // TODO: Clean this up a bit
        let key = tokenType === tt.String
            ? /** @type {StringNode} */ (createLiteralNode(tokenType))
            : /** @type {IdentifierNode|NaNNode|InfinityNode} */ (createJSON5IdentifierNode(token));

        // in JSON5, need to check for NaN and Infinity and create identifier nodes
        if (json5 && (key.type === "NaN" || key.type === "Infinity")) {

            // NaN and Infinity cannot be signed and be a property key
            if (key.sign !== "") {
                throw new UnexpectedToken(tokenizer.token);
            }

            key = types.identifier(key.type, { loc: key.loc, ...createRange(key.loc.start, key.loc.end) });
        }

        tokenType = next();
        assertTokenType(tokenType, tt.Colon);
        const value = parseValue();
        const range = createRange(key.loc.start, value.loc.end);

        return types.member(
            /** @type {StringNode|IdentifierNode} */ (key),
            /** @type {ValueNode} */ (value),
            {
                loc: {
                    start: {
                        ...key.loc.start
                    },
                    end: {
                        ...value.loc.end
                    }
                },
                ...range
            }
        );
    }

    /**
     * Parses an object literal.
     * @param {number} firstTokenType The first token type in the object.
     * @returns {ObjectNode} The object node.
     * @throws {UnexpectedEOF} When the end of the file is reached.
     * @throws {UnexpectedToken} When an unexpected token is found.
     */
    function parseObject(firstTokenType) {

        // The first token must be a { or else it's an error
        assertTokenType(firstTokenType, tt.LBrace);

        const firstToken = tokenizer.token;
        const members = [];
        let tokenType = next();

        if (tokenType !== tt.RBrace) {
            do {
    
                // add the value into the array
                members.push(parseProperty(tokenType));
    
                tokenType = next();

                if (!tokenType) {
                    throw new UnexpectedEOF(members[members.length-1].loc.end);
                }
    
                if (tokenType === tt.Comma) {
                    tokenType = next();

                    /*
                      * Trailing commas.
                      * So we need to check if the token is a comma,
                      * and if so, then we need to check if the next
                      * token is a RBrace. If it is, then we need to
                      * break out of the loop.
                      */
                    if (allowTrailingCommas && tokenType === tt.RBrace) {
                        break;
                    }                      
                } else {
                    break;
                }
            } while (tokenType);
        }

        assertTokenType(tokenType, tt.RBrace);
        const lastToken = tokenizer.token;
        const range = createRange(firstToken.loc.start, lastToken.loc.end);

        return types.object(members, {
            loc: {
                start: {
                    ...firstToken.loc.start
                },
                end: {
                    ...lastToken.loc.end
                }
            },
            ...range
        });

    }

    /**
     * Parses an array literal.
     * @param {number} firstTokenType The first token in the array.
     * @returns {ArrayNode} The array node.
     * @throws {UnexpectedToken} When an unexpected token is found.
     * @throws {UnexpectedEOF} When the end of the file is reached.
     */
    function parseArray(firstTokenType) {

        // The first token must be a [ or else it's an error
        assertTokenType(firstTokenType, tt.LBracket);

        const firstToken = tokenizer.token;
        const elements = [];
        let tokenType = next();
        
        if (tokenType !== tt.RBracket) {

            do {

                // add the value into the array
                const value = parseValue(tokenType);

                elements.push(types.element(
                    /** @type {ValueNode} */ (value),
                    { loc: value.loc }
                ));

                tokenType = next();
              
                if (tokenType === tt.Comma) {
                    tokenType = next();

                    /*
                      * Trailing commas.
                      * So we need to check if the token is a comma,
                      * and if so, then we need to check if the next
                      * token is a RBracket. If it is, then we need to
                      * break out of the loop.
                      */
                    if (allowTrailingCommas && tokenType === tt.RBracket) {
                        break;
                    }                    
                } else {
                    break;
                }
            } while (tokenType);
        }

        assertTokenType(tokenType, tt.RBracket);

        const lastToken = tokenizer.token;
        const range = createRange(firstToken.loc.start, lastToken.loc.end);

        return types.array(elements, {
            loc: {
                start: {
                    ...firstToken.loc.start
                },
                end: {
                    ...lastToken.loc.end
                }
            },
            ...range
        });

    }

    /**
     * Parses a JSON value.
     * @param {number} [tokenType] The token type to parse.
     * @returns {ValueNode|IdentifierNode} The node representing the value.
     */
    function parseValue(tokenType) {

        tokenType = tokenType ?? next();
        const token = tokenizer.token;

        if (!tokenType) {
            throw new UnexpectedEOF({
                line: 1,
                column: 1,
                offset: 0
            });
        }
        
        switch (tokenType) {
            case tt.String:
            case tt.Boolean:
                return createLiteralNode(tokenType);

            case tt.Number:
                if (json5) {
                    let tokenText = text.slice(token.loc.start.offset, token.loc.end.offset);
                    if (tokenText[0] === "+" || tokenText[0] === "-") {
                        tokenText = tokenText.slice(1);
                    }

                    if (tokenText === "NaN" || tokenText === "Infinity") {
                        return createJSON5IdentifierNode(token);
                    }
                }
                return createLiteralNode(tokenType);

            case tt.Null:
                return createNullNode(token);

            case tt.LBrace:
                return parseObject(tokenType);

            case tt.LBracket:
                return parseArray(tokenType);

            default:
                throw new UnexpectedToken(token);
        }

    }

    
    const docBody = parseValue();
    
    const unexpectedToken = next();
    if (unexpectedToken) {
        throw new UnexpectedToken(tokenizer.token);
    }
    
    
    const textEndLocation = getEndLocation(text);
    const docParts = {
        loc: {
            start: {
                line: 1,
                column: 1,
                offset: 0
            },
            end: {
                ...textEndLocation
            }
        }
    };
    
    if (options.tokens) {
        docParts.tokens = tokens;
    }

    if (options.ranges) {
        docParts.range = [
            docParts.loc.start.offset,
            docParts.loc.end.offset
        ];
    }

    return types.document(/** @type {ValueNode} */ (docBody), docParts);
}

/**
 * @fileoverview Traversal approaches for Momoa JSON AST.
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").TraversalPhase} TraversalPhase */
/**
 * @typedef {Object} TraversalVisitor
 * @property {(node: Node, parent?: Node) => void} [enter]
 * @property {(node: Node, parent?: Node) => void} [exit]
 */

//-----------------------------------------------------------------------------
// Data
//-----------------------------------------------------------------------------

const childKeys = new Map([
    ["Document", ["body"]],
    ["Object", ["members"]],
    ["Member", ["name", "value"]],
    ["Element", ["value"]],
    ["Array", ["elements"]],
    ["String", []],
    ["Number", []],
    ["Boolean", []],
    ["Null", []],
    ["NaN", []],
    ["Infinity", []],
    ["Identifier", []],
]);

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

/**
 * Determines if a given value is an object.
 * @param {*} value The value to check.
 * @returns {boolean} True if the value is an object, false if not. 
 */
function isObject(value) {
    return value && (typeof value === "object");
}

/**
 * Determines if a given value is an AST node.
 * @param {*} value The value to check.
 * @returns {boolean} True if the value is a node, false if not. 
 */
function isNode(value) {
    return isObject(value) && (typeof value.type === "string");
}

//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

/**
 * Traverses an AST from the given node.
 * @param {Node} root The node to traverse from 
 * @param {TraversalVisitor} visitor An object with an `enter` and `exit` method. 
 */
function traverse(root, visitor) {

    /**
     * Recursively visits a node.
     * @param {Node} node The node to visit.
     * @param {Node} [parent] The parent of the node to visit.
     * @returns {void}
     */
    function visitNode(node, parent) {

        if (typeof visitor.enter === "function") {
            visitor.enter(node, parent);
        }

        for (const key of childKeys.get(node.type)) {
            const value = node[key];

            if (isObject(value)) {
                if (Array.isArray(value)) {
                    value.forEach(child => visitNode(child, node));
                } else if (isNode(value)) {
                    visitNode(value, node);
                }
            }
        }

        if (typeof visitor.exit === "function") {
            visitor.exit(node, parent);
        }
    }

    visitNode(root);
}

/**
 * @callback FilterPredicate
 * @param {{node: Node, parent?: Node, phase: TraversalPhase}} item
 * @param {number} index
 * @param {Array<{node: Node, parent?: Node, phase: TraversalPhase}>} array
 * @returns {boolean}
 */

/**
 * Creates an iterator over the given AST.
 * @param {Node} root The root AST node to traverse. 
 * @param {FilterPredicate} [filter] A filter function to determine which steps to
 *      return;
 * @returns {IterableIterator<{node: Node, parent?: Node, phase: TraversalPhase}>} An iterator over the AST.  
 */
function iterator(root, filter = () => true) {

    /** @type {Array<{node: Node, parent?: Node, phase: TraversalPhase}>} */
    const traversal = [];

    traverse(root, {
        enter(node, parent) {
            traversal.push({ node, parent, phase: "enter" });
        },
        exit(node, parent) {
            traversal.push({ node, parent, phase: "exit" });
        }
    });

    return traversal.filter(filter).values();
}

/**
 * @fileoverview Evaluator for Momoa AST.
 * @author Nicholas C. Zakas
 */

//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------

/** @typedef {import("./typedefs.js").AnyNode} AnyNode */
/** @typedef {import("./typedefs.js").JSONValue} JSONValue */

//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

/**
 * Evaluates a Momoa AST node into a JavaScript value.
 * @param {AnyNode} node The node to interpet.
 * @returns {JSONValue} The JavaScript value for the node. 
 */
function evaluate(node) {
    switch (node.type) {
        case "String":
            return node.value;

        case "Number":
            return node.value;

        case "Boolean":
            return node.value;

        case "Null":
            return null;

        case "NaN":
            return NaN;
        
        case "Infinity":
            return node.sign === "-" ? -Infinity : Infinity;

        case "Identifier":
            return node.name;

        case "Array": {
            // const arrayNode = /** @type {ArrayNode} */ (node);
            return node.elements.map(element => evaluate(element.value));
        }

        case "Object": {

            /** @type {{[property: string]: JSONValue}} */
            const object = {};

            node.members.forEach(member => {
                Object.defineProperty(object, /** @type {string} */ (evaluate(member.name)), {
                    value: evaluate(member.value),
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            });    

            return object;
        }    

        case "Document": {
            return evaluate(node.body);
        }

        case "Element":
            throw new Error("Cannot evaluate array element outside of an array.");

        case "Member":
            throw new Error("Cannot evaluate object member outside of an object.");

        default:
            // @ts-ignore tsc doesn't know about the type property here?
            throw new Error(`Unknown node type ${ node.type }.`);
    }
}

/**
 * @fileoverview Printer for Momoa AST.
 * @author Nicholas C. Zakas
 */


//-----------------------------------------------------------------------------
// Typedefs
//-----------------------------------------------------------------------------


//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

/**
 * Prints the string representation of a Boolean node.
 * @param {BooleanNode} node The node to print.
 * @returns {string} The boolean value.
 */
function printBoolean(node) {
    return node.value ? "true" : "false";
}

/**
 * Prints the string representation of a null node.
 * @returns {string} The string "null".
 */
function printNull() {
    return "null";
}

/**
 * Prints the string representation of a number node.
 * @param {NumberNode} node The node to print.
 * @returns {string} The number value.
 */
function printNumber(node) {
    return node.value.toString();
}

/**
 * Prints the string representation of a NaN node.
 * @returns {string} The string "NaN".
 */
function printNaN() {
    return "NaN";
}

/**
 * Prints the string representation of an Infinity node.
 * @param {InfinityNode} node The node to print.
 * @returns {string} The string "Infinity" or "-Infinity".
 */
function printInfinity(node) {
    return node.sign + "Infinity";
}

/**
 * Prints the string representation of a string node.
 * @param {StringNode} node The node to print.
 * @returns {string} The string value.
 */
function printString(node) {

    let result = "\"";

    // escape all characters that need escaping
    for (const c of node.value) {

        const newChar = json5CharToEscape.get(c);

        if (newChar) {
            result += "\\" + newChar;
            continue;
        }

        // if it's a double quote, escape it
        if (c === "\"") {
            result += "\\\"";
            continue;
        }

        // if it's a control character, escape it
        if (c < " " || c === "\u007F") {
            const hex = c.codePointAt(0).toString(16).toUpperCase();
            result += `\\u${"0000".substring(hex.length)}${hex}`;
            continue;
        }

        // otherwise, just add the character
        result += c;

    }
    
    return result + "\"";
}

/**
 * Prints the string representation of an identifier node.
 * @param {IdentifierNode} node The node to print.
 * @returns {string} The identifier name.
 */
function printIdentifier(node) {
    return node.name;
}

/**
 * Prints the string representation of an array node.
 * @param {ArrayNode} node The node to print.
 * @param {string} indent The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The array value.
 */
function printArray(node, indent, indentLevel) {
    const newLine = indent ? "\n" : "";
    const indentString = indent.repeat(indentLevel);
    const elementIndentString = indent.repeat(indentLevel + 1);

    return `[${newLine}${
        node.elements.map(element =>
            `${elementIndentString}${printValue(element.value, indent, indentLevel + 1)}`
        ).join(`,${newLine}`)
    }${newLine}${indentString}]`;
}

/**
 * Prints the string representation of a member node.
 * @param {MemberNode} node The node to print.
 * @param {string} indent The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The member value.
 */
function printMember(node, indent, indentLevel) {
    const space = indent ? " " : "";
    return `${printValue(node.name, indent, indentLevel)}:${space}${printValue(node.value, indent, indentLevel + 1)}`;
}

/**
 * Prints the string representation of an object node.
 * @param {ObjectNode} node The node to print.
 * @param {string} indent The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The object value.
 */
function printObject(node, indent, indentLevel) {
    const newLine = indent ? "\n" : "";
    const indentString = indent.repeat(indentLevel);
    const memberIndentString = indent.repeat(indentLevel + 1);

    return `{${newLine}${
        node.members.map(member => 
            `${memberIndentString}${printMember(member, indent, indentLevel)}`
        ).join(`,${newLine}`)
    }${newLine}${indentString}}`;
}

/**
 * Prints the string representation of a node.
 * @param {AnyNode} node The node to print.
 * @param {string} indentString The string to use for indentation.
 * @param {number} indentLevel The current level of indentation.
 * @returns {string} The string representation of the node.
 * @throws {TypeError} If the node type is unknown.

 */
function printValue(node, indentString, indentLevel) {
    switch (node.type) {
        case "String":
            return printString(node);
        case "Number":
            return printNumber(node);
        case "Boolean":
            return printBoolean(node);
        case "Null":
            return printNull();
        case "NaN":
            return printNaN();
        case "Infinity":
            return printInfinity(node);
        case "Identifier":
            return printIdentifier(node);
        case "Array":
            return printArray(node, indentString, indentLevel);
        case "Object":
            return printObject(node, indentString, indentLevel);
        case "Document":
            return printValue(node.body, indentString, indentLevel);
        default:
            throw new TypeError(`Unknown node type: ${node.type}`);
    }
}


//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

/**
 * Converts a Momoa AST back into a JSON string.
 * @param {AnyNode} node The node to print.
 * @param {Object} options Options for the print.
 * @param {number} [options.indent=0] The number of spaces to indent each line. If
 *      greater than 0, then newlines and indents will be added to output. 
 * @returns {string} The JSON representation of the AST.
 */
function print(node, { indent = 0 } = {}) {

    const indentLevel = 0;
    const indentString = " ".repeat(indent);

    return printValue(node, indentString, indentLevel);
}



;// CONCATENATED MODULE: ./src/parse/json5.ts

function range(n) {
    return [n.loc.start.offset, n.loc.end.offset];
}
function convert(n, text, depth) {
    if (depth > 5000)
        throw new RangeError('document is nested too deeply');
    switch (n.type) {
        case 'Object': {
            const map = { kind: 'map', entries: [], range: range(n), flow: true };
            for (const m of n.members ?? []) {
                const key = m.name.type === 'Identifier' ? String(m.name.name) : String(m.name.value);
                const value = convert(m.value, text, depth + 1);
                map.entries.push({ key, keyRange: range(m.name), value, range: [range(m.name)[0], value.range[1]] });
            }
            return map;
        }
        case 'Array':
            return { kind: 'seq', items: (n.elements ?? []).map((e) => convert(e.value, text, depth + 1)), range: range(n), flow: true };
        case 'String': {
            const r = range(n);
            return { kind: 'scalar', value: String(n.value), style: text[r[0]] === "'" ? 'single' : 'double', range: r };
        }
        case 'Number':
        case 'Boolean':
            return { kind: 'scalar', value: n.value, style: 'plain', range: range(n) };
        case 'Null':
            return { kind: 'scalar', value: null, style: 'plain', range: range(n) };
        case 'Infinity':
        case 'NaN':
            return { kind: 'scalar', value: Number(n.type === 'NaN' ? NaN : Infinity), style: 'plain', range: range(n) };
        default:
            return { kind: 'scalar', value: null, style: 'plain', range: range(n) };
    }
}
function parseJson5(text) {
    try {
        const ast = parse(text, { mode: 'json5', ranges: true, allowTrailingCommas: true });
        return { documents: [{ root: convert(ast.body, text, 0), index: 0 }] };
    }
    catch (e) {
        if (e instanceof RangeError) {
            // momoa parses recursively: deep nesting overflows the stack (or hits the depth cap in
            // `convert`). Report it at the deepest bracket rather than at the end of the file.
            const { offset, depth } = deepestBracket(text);
            return { documents: [], error: { message: `nesting is too deep to parse (${depth} levels)`, offset, endOffset: Math.min(text.length, offset + 1) } };
        }
        const err = e;
        let offset = typeof err.offset === 'number' ? err.offset : typeof err.index === 'number' ? err.index : -1;
        if (offset < 0 && typeof err.line === 'number')
            offset = offsetOf(text, err.line, err.column ?? 1);
        if (offset < 0)
            offset = lastGoodOffset(text);
        return {
            documents: [],
            error: { message: err.message.replace(/\s*\(\d+:\d+\)\s*$/, ''), offset, endOffset: Math.min(text.length, offset + 1) },
        };
    }
}
function offsetOf(text, line, column) {
    let o = 0;
    for (let l = 1; l < line; l++) {
        const nl = text.indexOf('\n', o);
        if (nl < 0)
            return text.length;
        o = nl + 1;
    }
    return Math.min(text.length, o + column - 1);
}
/** When the parser gives no position, the tokenizer still reaches the first bad character. */
function lastGoodOffset(text) {
    let last = 0;
    try {
        for (const t of tokenize(text, { mode: 'json5', ranges: true }))
            last = t.loc.end.offset;
    }
    catch {
        /* stop at the failure */
    }
    return last;
}
/** The first `{` or `[` at the greatest nesting depth, by the (non-recursive) tokenizer. */
function deepestBracket(text) {
    let depth = 0;
    let best = { offset: 0, depth: 0 };
    try {
        for (const t of tokenize(text, { mode: 'json5', ranges: true })) {
            const tok = t;
            if (tok.type === 'LBrace' || tok.type === 'LBracket') {
                depth++;
                if (depth > best.depth)
                    best = { offset: tok.loc.start.offset, depth };
            }
            else if (tok.type === 'RBrace' || tok.type === 'RBracket')
                depth--;
        }
    }
    catch {
        /* a syntax error past the nesting: what was seen so far locates it */
    }
    return best;
}

;// CONCATENATED MODULE: ./src/policy/merge.ts
/** Applies `raw` over `base`: per rule, only the fields written change (options per key). */
function mergeRules(base, raw) {
    const out = { ...base };
    for (const [id, setting] of Object.entries(raw ?? {})) {
        const prev = out[id] ?? { severity: 'error', options: {}, allowSuppression: true };
        if (typeof setting === 'string')
            out[id] = { ...prev, severity: setting };
        else {
            const autofix = setting.autofix ?? prev.autofix;
            out[id] = {
                severity: setting.severity ?? prev.severity,
                options: { ...prev.options, ...(setting.options ?? {}) },
                allowSuppression: setting.allowSuppression ?? prev.allowSuppression,
                ...(autofix !== undefined ? { autofix } : {}),
            };
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/helpers.ts

/** An alias or merge-key site written in `file`, as `FindingExtras.via`. */
function aliasSite(file, via) {
    return via ? { file, range: via } : undefined;
}
/**
 * Where a "missing" finding for a service goes: its name in the file that defines it first (the
 * base file), never in a service it `extends:`.
 */
function serviceAnchor(service) {
    const def = service.definitions.find((d) => !d.extendedAt) ?? service.definitions[0];
    return { file: def.file, range: def.keyRange };
}
function findingAt(ruleId, file, range, message, extras = {}) {
    const related = [...(extras.related ?? [])];
    let text = message;
    if (extras.via && extras.via.range[0] !== range[0]) {
        const site = extras.via.file.location(extras.via.range[0], extras.via.range[1]);
        text += ` (used through the alias at line ${site.line})`;
        related.push({ ...site, message: 'alias that uses this value' });
    }
    return {
        ruleId,
        message: text,
        location: file.location(range[0], range[1]),
        range,
        ...(extras.severity ? { severity: extras.severity } : {}),
        ...(related.length ? { related } : {}),
        ...(extras.fix ? { fix: extras.fix } : {}),
        ...(extras.suggestion ? { suggestion: true } : {}),
    };
}
/**
 * Reports characters [start, end) of a computed value where they are written. When they come
 * from a `.env` through `${VAR}`, the compose reference is added as a related location.
 */
function findingInValue(ruleId, value, start, end, message, extras = {}) {
    const where = reportRange(value, start, end);
    const related = [...(extras.related ?? []), ...referenceSites(extras.references ?? [], where.file, where.range)];
    const fix = extras.fix ??
        (where.exact && extras.replacement !== undefined
            ? {
                description: extras.fixDescription ?? `replace with ${extras.replacement}`,
                edits: [{ file: where.file.path, start: where.range[0], end: where.range[1], text: extras.replacement }],
            }
            : undefined);
    return findingAt(ruleId, where.file, where.range, message, { ...extras, related, fix });
}
/** The `${VAR}` sites that brought a value from elsewhere (a `.env`), as related locations. */
function referenceSites(references, file, range) {
    const out = [];
    for (const ref of references) {
        const site = reportRange(ref.site);
        if (site.file === file && site.range[0] <= range[0] && range[1] <= site.range[1])
            continue;
        const message = ref.site.value.startsWith('$') ? `\${${ref.name}} is read here` : `${ref.name} is passed through from the environment here`;
        out.push({ ...site.file.location(site.range[0], site.range[1]), message });
    }
    return out;
}
/** Name of the file a value comes from, when it is not the file being judged (`from .env`). */
function originNote(value, judged) {
    const where = reportRange(value);
    return where.file === judged ? '' : ` (from ${where.file.path})`;
}

;// CONCATENATED MODULE: ./src/rules/model-match.ts
const cache = new Map();
function modelMatcher(patterns) {
    const key = patterns.join('\u0000');
    const hit = cache.get(key);
    if (hit)
        return hit;
    const body = patterns.map((p) => `(?:${p})`).join('|') || '(?!)';
    const id = new RegExp(`(?:^|/)(${body})$`, 'i');
    const text = new RegExp(`(?<![A-Za-z0-9_.-])(${body})(?![A-Za-z0-9_.-])`, 'i');
    const m = (re, v) => {
        const r = re.exec(v.trim());
        if (!r)
            return undefined;
        const lead = v.length - v.trimStart().length;
        const start = lead + r.index + r[0].length - r[1].length;
        return { start, end: start + r[1].length, text: r[1] };
    };
    const matcher = { matchId: (v) => m(id, v), matchText: (v) => m(text, v) };
    cache.set(key, matcher);
    return matcher;
}

;// CONCATENATED MODULE: ./src/rules/banned-model.ts




const ID = 'banned-model';
function options(ctx) {
    const o = ctx.options;
    return {
        patterns: Array.isArray(o.patterns) ? o.patterns : [],
        replacement: typeof o.replacement === 'string' ? o.replacement : 'openai/gpt-oss-120b',
        everywhere: o.everywhere === true,
        nameSeverity: o.nameSeverity ?? 'warning',
    };
}
/** One finding for a banned id at the end of `value`, replacing only the banned part. */
function idFinding(value, matcher, opts, what, extras = {}) {
    const m = matcher.matchId(value.value);
    if (!m)
        return [];
    const suggested = value.value.slice(0, m.start) + opts.replacement + value.value.slice(m.end);
    return [
        findingInValue(ID, value, m.start, m.end, `${what} uses "${value.value.trim()}", which is unstable on Cloud.ru FM (HTTP 404, timeouts, empty answers in thinking mode); use "${suggested.trim()}"`, { replacement: opts.replacement, fixDescription: `replace ${m.text} with ${opts.replacement}`, ...extras }),
    ];
}
/** The proxy talks to Cloud.ru FM unless OPENAI_BASE_URL names a different, known host. */
function proxyUsesCloudru(service, ctx) {
    const url = service.env.get('OPENAI_BASE_URL')?.value?.value;
    if (!url || url.includes('$'))
        return true;
    return isCloudruUrl(url, ctx.policy.cloudru);
}
function checkCompose(service, ctx) {
    const opts = options(ctx);
    if (!opts.everywhere && !proxyUsesCloudru(service, ctx))
        return [];
    const matcher = modelMatcher(opts.patterns);
    const out = [];
    for (const name of ctx.policy.proxy.variables) {
        const v = service.env.get(name);
        if (!v?.value)
            continue;
        const what = `${name}${originNote(v.value, serviceAnchor(service).file)}`;
        out.push(...idFinding(v.value, matcher, opts, what, { via: aliasSite(v.file, v.via), references: v.references }));
    }
    return out;
}
function checkOpenclaw(model, ctx) {
    const opts = options(ctx);
    const matcher = modelMatcher(opts.patterns);
    const out = [];
    for (const ref of model.refs) {
        if (!opts.everywhere && !refIsCloudru(model, ref))
            continue;
        out.push(...idFinding(ref.value, matcher, opts, ref.path));
    }
    for (const provider of model.providers.values()) {
        if (!opts.everywhere && !provider.isCloudru)
            continue;
        for (const m of provider.models) {
            if (m.id)
                out.push(...idFinding(locateScalar(model.file, m.id), matcher, opts, `${m.path}.id`));
            if (m.name && opts.nameSeverity !== 'off') {
                const name = locateScalar(model.file, m.name);
                const hit = matcher.matchText(name.value);
                if (hit) {
                    out.push(findingInValue(ID, name, hit.start, hit.end, `${m.path}.name mentions "${hit.text}", which is unstable on Cloud.ru FM; the model behind it should be "${opts.replacement}"`, {
                        severity: opts.nameSeverity,
                        replacement: opts.replacement,
                    }));
                }
            }
        }
    }
    for (const backend of model.cliBackends) {
        if (!opts.everywhere && !backend.isCloudru)
            continue;
        for (const v of backend.vars)
            out.push(...idFinding(v.value, matcher, opts, v.path));
    }
    return out;
}
const bannedModel = {
    meta: {
        id: ID,
        description: 'GLM-4.7 family models used through Cloud.ru FM (unstable: 404s, timeouts, empty answers); use openai/gpt-oss-120b.',
        defaultSeverity: 'error',
        fixable: true,
        docs: 'docs/rules/banned-model.md',
    },
    compose: checkCompose,
    openclaw: checkOpenclaw,
};

;// CONCATENATED MODULE: ./src/rules/insert-env.ts

const written = (map) => map.entries.filter((e) => !e.mergedFrom);
function lineStartOf(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Inserts `line` (already indented) as a new line after the line holding `offset`. */
function insertLineAfter(file, offset, line) {
    const text = file.text;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    // Block scalars end after their own line break: the line they end on is the one before.
    const from = text[offset - 1] === '\n' ? offset - 1 : offset;
    const nl = text.indexOf('\n', from);
    if (nl < 0)
        return { file: file.path, start: text.length, end: text.length, text: eol + line };
    return { file: file.path, start: nl + 1, end: nl + 1, text: line + eol };
}
/** The whitespace before a block entry's key, if the key starts its line. */
function indentOf(text, keyStart) {
    const before = text.slice(lineStartOf(text, keyStart), keyStart);
    return /^[ \t]*$/.test(before) ? before : undefined;
}
function intoMap(file, map, pair) {
    const entries = written(map);
    if (map.flow) {
        if (!entries.length)
            return map.range[1] - map.range[0] >= 2 ? { file: file.path, start: map.range[0] + 1, end: map.range[0] + 1, text: pair } : undefined;
        const last = entries.reduce((a, b) => (b.range[1] > a.range[1] ? b : a));
        return { file: file.path, start: last.range[1], end: last.range[1], text: `, ${pair}` };
    }
    if (!entries.length)
        return undefined;
    const indent = indentOf(file.text, entries[0].keyRange[0]);
    if (indent === undefined)
        return undefined;
    const last = entries.reduce((a, b) => (b.range[1] > a.range[1] ? b : a));
    return insertLineAfter(file, last.range[1], indent + pair);
}
function intoSeq(file, seq, item) {
    const last = seq.items[seq.items.length - 1];
    const quote = last?.kind === 'scalar' ? (last.style === 'double' ? '"' : last.style === 'single' ? "'" : '') : '';
    const written = `${quote}${item}${quote}`;
    if (seq.flow) {
        if (!last)
            return seq.range[1] - seq.range[0] >= 2 ? { file: file.path, start: seq.range[0] + 1, end: seq.range[0] + 1, text: written } : undefined;
        return { file: file.path, start: last.range[1], end: last.range[1], text: `, ${written}` };
    }
    if (!last)
        return undefined;
    const prefix = file.text.slice(lineStartOf(file.text, last.range[0]), last.range[0]);
    if (!/^[ \t]*-[ \t]+$/.test(prefix))
        return undefined;
    return insertLineAfter(file, last.range[1], prefix + written);
}
/**
 * An edit that sets `name` to `value` in a service's `environment:`, in the style already used
 * there (map or list, block or flow, quoting, indentation, line endings); it adds `environment:`
 * when the service has none. Undefined when the place to write is shared (an alias) or unclear.
 */
function insertEnvVar(all, name, value) {
    // Never into a service this one extends: that service (or its other users) would change too.
    const defs = all.filter((d) => !d.extendedAt);
    const withEnv = defs.find((d) => entry(d.node, 'environment'));
    if (withEnv) {
        const e = entry(withEnv.node, 'environment');
        const env = e.value;
        if (e.mergedFrom || env.via)
            return undefined;
        if (env.kind === 'map')
            return intoMap(withEnv.file, env, `${name}: "${value}"`);
        if (env.kind === 'seq')
            return intoSeq(withEnv.file, env, `${name}=${value}`);
        return undefined;
    }
    const def = defs[0];
    const { file, node } = def;
    if (node.via)
        return undefined;
    if (node.flow)
        return intoMap(file, node, `environment: {${name}: "${value}"}`);
    const entries = written(node);
    if (!entries.length)
        return undefined;
    const indent = indentOf(file.text, entries[0].keyRange[0]);
    const parent = indentOf(file.text, def.keyRange[0]);
    if (indent === undefined || parent === undefined)
        return undefined;
    const unit = indent.length > parent.length ? indent.slice(parent.length) : '  ';
    const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
    const last = entries.reduce((a, b) => (b.range[1] > a.range[1] ? b : a));
    return insertLineAfter(file, last.range[1], `${indent}environment:${eol}${indent}${unit}${name}: "${value}"`);
}

;// CONCATENATED MODULE: ./src/rules/disable-thinking.ts




const disable_thinking_ID = 'disable-thinking';
const FALSY = new Set(['false', '0', 'no', 'off', 'n', '']);
function check(service, ctx) {
    const variable = typeof ctx.options.variable === 'string' ? ctx.options.variable : 'DISABLE_THINKING';
    const want = typeof ctx.options.value === 'string' ? ctx.options.value : 'true';
    const v = service.env.get(variable);
    if (!v) {
        if (!environmentKnown(service))
            return []; // it may be set in an env_file or extends: we cannot see
        const at = serviceAnchor(service);
        const edit = insertEnvVar(service.definitions, variable, want);
        return [
            findingAt(disable_thinking_ID, at.file, at.range, `service "${service.name}" does not set ${variable}; set ${variable}: "${want}" (thinking mode returns content: null through Cloud.ru FM and crashes Claude Code)`, {
                fix: edit ? { description: `add ${variable}: "${want}"`, edits: [edit] } : undefined,
            }),
        ];
    }
    if (!v.value)
        return []; // comes from the shell: nothing to judge here
    const value = v.value.value;
    const via = aliasSite(v.file, v.via);
    const yamlBoolean = v.scalar && v.scalar.style === 'plain' && typeof v.scalar.value === 'boolean';
    if (value === want && !yamlBoolean)
        return [];
    const where = reportRange(v.value);
    // Written directly as a YAML scalar: replace it whole, quotes and all. Otherwise (list item,
    // .env line, `${VAR:-default}`) replace just the characters of the value.
    const direct = v.scalar && v.references.length === 0;
    const range = direct ? v.scalar.range : where.range;
    const file = direct ? v.file : where.file;
    const q = v.scalar?.style === 'single' ? "'" : '"';
    const text = direct ? `${q}${want}${q}` : want;
    const fix = direct || where.exact
        ? { description: `set ${variable} to "${want}"`, edits: [{ file: file.path, start: range[0], end: range[1], text }] }
        : undefined;
    const related = referenceSites(v.references, file, range);
    let message;
    let severity = 'warning';
    if (yamlBoolean && String(v.scalar.value) === want) {
        message = `${variable} is the YAML boolean ${value}; write the string "${want}" so every loader passes the same text`;
    }
    else if (FALSY.has(value.trim().toLowerCase())) {
        message = `${variable} is "${value}": thinking mode returns content: null through Cloud.ru FM and crashes Claude Code; set it to "${want}"`;
        severity = 'error';
    }
    else {
        message = `${variable} is "${value}"; write exactly "${want}" (whether the proxy reads other spellings is not confirmed)`;
    }
    return [findingAt(disable_thinking_ID, file, range, message, { severity, fix, via, related })];
}
const disableThinking = {
    meta: {
        id: disable_thinking_ID,
        description: 'The proxy must set DISABLE_THINKING to "true": thinking mode returns content: null through Cloud.ru FM.',
        defaultSeverity: 'error',
        fixable: true,
        docs: 'docs/rules/disable-thinking.md',
    },
    compose: check,
};

;// CONCATENATED MODULE: ./src/rules/model-tiers.ts


const model_tiers_ID = 'model-tiers';
function strings(v, fallback) {
    return Array.isArray(v) ? v.map(String) : fallback;
}
const via = (v) => aliasSite(v.file, v.via);
function model_tiers_check(service, ctx) {
    const o = ctx.options;
    const tiers = strings(o.tiers, ['BIG_MODEL', 'MIDDLE_MODEL', 'SMALL_MODEL']);
    const required = strings(o.required, ['OPENAI_API_KEY', 'OPENAI_BASE_URL']);
    const legacy = (o.legacy && typeof o.legacy === 'object' ? o.legacy : { API_KEY: 'OPENAI_API_KEY', API_BASE_URL: 'OPENAI_BASE_URL' });
    const integers = strings(o.integers, ['PORT', 'MAX_TOKENS_LIMIT', 'MIN_TOKENS_LIMIT', 'REQUEST_TIMEOUT', 'MAX_RETRIES']);
    const at = serviceAnchor(service);
    const out = [];
    // Variables may come from an env_file or extends: we cannot see: then nothing can be called missing.
    const known = environmentKnown(service);
    const missing = known ? tiers.filter((t) => !service.env.has(t)) : [];
    if (missing.length) {
        out.push(findingAt(model_tiers_ID, at.file, at.range, `service "${service.name}" does not set ${missing.join(', ')}; the proxy then falls back to OpenAI model names that Cloud.ru FM does not serve`));
    }
    for (const name of known ? required : []) {
        if (service.env.has(name))
            continue;
        const old = Object.keys(legacy).find((k) => legacy[k] === name && service.env.has(k));
        if (old)
            continue; // reported below, at the legacy name
        out.push(findingAt(model_tiers_ID, at.file, at.range, `service "${service.name}" does not set ${name}; the proxy ${name === 'OPENAI_API_KEY' ? 'exits at start without it' : "talks to OpenAI's endpoint without it"}`));
    }
    for (const [old, current] of Object.entries(legacy)) {
        const v = service.env.get(old);
        if (!v || service.env.has(current))
            continue;
        // The rename edit is offered only where the name's characters are written as they are.
        out.push(findingInValue(model_tiers_ID, v.key, 0, old.length, `${old} is not read by the proxy; rename it to ${current}`, { via: via(v), replacement: current, fixDescription: `rename ${old} to ${current}` }));
    }
    for (const name of integers) {
        const v = service.env.get(name);
        if (!v?.value || /^[+-]?\d+$/.test(v.value.value.trim()))
            continue;
        out.push(findingInValue(model_tiers_ID, v.value, 0, v.value.value.length, `${name} is "${v.value.value}", not an integer; the proxy crashes at start`, { via: via(v), references: v.references }));
    }
    return out;
}
const modelTiers = {
    meta: {
        id: model_tiers_ID,
        description: 'The proxy sets all three model tiers and OPENAI_API_KEY/OPENAI_BASE_URL, no legacy names, integer settings as integers.',
        defaultSeverity: 'warning',
        fixable: true,
        docs: 'docs/rules/model-tiers.md',
    },
    compose: model_tiers_check,
};

;// CONCATENATED MODULE: ./src/rules/openclaw-thinking.ts


const openclaw_thinking_ID = 'openclaw-thinking';
function openclaw_thinking_check(model, ctx) {
    const off = typeof ctx.options.thinkingDefault === 'string' ? ctx.options.thinkingDefault : 'off';
    const out = [];
    for (const provider of model.providers.values()) {
        if (!provider.isCloudru)
            continue;
        for (const m of provider.models) {
            const r = m.reasoning;
            if (!r || r.value.kind !== 'scalar' || r.value.value !== true)
                continue;
            out.push(findingAt(openclaw_thinking_ID, model.file, r.value.range, `${m.path}.reasoning is true for a Cloud.ru FM model; thinking mode returns content: null there, set reasoning: false`, {
                fix: { description: 'set reasoning to false', edits: [{ file: model.file.path, start: r.value.range[0], end: r.value.range[1], text: 'false' }] },
                suggestion: true,
            }));
        }
    }
    const thinks = (t) => !!t && t.value.kind === 'scalar' && t.value.value !== off && t.value.value !== null;
    for (const agent of model.agents) {
        const t = agent.thinkingDefault;
        if (!thinks(t))
            continue;
        if (!refIsCloudru(model, agent.primary))
            continue;
        const q = t.value.style === 'single' ? "'" : '"';
        out.push(findingAt(openclaw_thinking_ID, model.file, t.value.range, `${agent.path}.thinkingDefault is "${String(t.value.value)}" while the primary model ${agent.primary.value.value} goes through Cloud.ru FM; set it to "${off}"`, {
            fix: { description: `set thinkingDefault to "${off}"`, edits: [{ file: model.file.path, start: t.value.range[0], end: t.value.range[1], text: `${q}${off}${q}` }] },
            suggestion: true,
        }));
    }
    out.push(...inherited(model, off, thinks));
    return out;
}
/**
 * Agents on Cloud.ru FM that set no thinkingDefault of their own inherit the defaults' one. When
 * the defaults' own primary is elsewhere (so that entry was not reported above), report it once,
 * naming the agents; no fix, since "off" there would change the other agents too.
 */
function inherited(model, off, thinks) {
    const defaults = model.agents.find((a) => a.path === 'agents.defaults');
    const t = defaults?.thinkingDefault;
    if (!defaults || !t || !thinks(t) || refIsCloudru(model, defaults.primary))
        return [];
    const agents = model.agents.filter((a) => a !== defaults && !a.thinkingDefault && refIsCloudru(model, a.primary));
    if (!agents.length)
        return [];
    const who = agents.length === 1
        ? `${agents[0].path} inherits while its primary model ${agents[0].primary.value.value} goes`
        : `${agents[0].path} and ${agents.length - 1} more agent${agents.length > 2 ? 's' : ''} inherit while their primary models go`;
    const value = String(t.value.value);
    return [findingAt(openclaw_thinking_ID, model.file, t.value.range, `agents.defaults.thinkingDefault is "${value}", which ${who} through Cloud.ru FM; set "${off}" there`)];
}
const openclawThinking = {
    meta: {
        id: openclaw_thinking_ID,
        description: 'Cloud.ru FM models with reasoning: true, or thinkingDefault other than "off" for agents on Cloud.ru FM.',
        defaultSeverity: 'warning',
        fixable: true,
        docs: 'docs/rules/openclaw-thinking.md',
    },
    openclaw: openclaw_thinking_check,
};

;// CONCATENATED MODULE: ./src/rules/proxy-image-tag.ts


const proxy_image_tag_ID = 'proxy-image-tag';
function proxy_image_tag_check(service, ctx) {
    const image = service.image;
    const repo = typeof ctx.options.image === 'string' ? ctx.options.image : 'legard/claude-code-proxy';
    if (!image || !sameRepository(image.ref, repo))
        return [];
    const allowed = Array.isArray(ctx.options.allowedTags) ? ctx.options.allowedTags.map(String) : ['latest'];
    const allowDigest = ctx.options.allowDigest !== false;
    const { tag, digest, tagStart } = image.ref;
    if (digest && allowDigest)
        return [];
    // No tag means `latest`, unless a digest stands in for the tag (and digests are not allowed).
    if (tag === undefined ? !digest && allowed.includes('latest') : allowed.includes(tag))
        return [];
    const want = allowed[0] ?? 'latest';
    const written = image.value.value;
    const extras = { via: aliasSite(image.file, image.via), references: image.references };
    if (tag === undefined || tagStart === undefined) {
        // Only a digest, and digests are not allowed: point at the whole reference.
        return [findingInValue(proxy_image_tag_ID, image.value, 0, written.length, `${written} pins a digest, which this policy does not allow; use the tag "${want}"`, extras)];
    }
    const suggested = `${written.slice(0, tagStart)}${want}${written.slice(tagStart + tag.length)}`;
    return [
        findingInValue(proxy_image_tag_ID, image.value, tagStart, tagStart + tag.length, `tag "${tag}" of ${repo} is not published (only ${allowed.map((t) => `"${t}"`).join(', ')}${allowDigest ? ' or a digest' : ''}); the container will not start; use ${suggested}`, { replacement: want, fixDescription: `use tag ${want}`, ...extras }),
    ];
}
const proxyImageTag = {
    meta: {
        id: proxy_image_tag_ID,
        description: 'legard/claude-code-proxy must use a published tag (latest) or a digest.',
        defaultSeverity: 'error',
        fixable: true,
        docs: 'docs/rules/proxy-image-tag.md',
    },
    compose: proxy_image_tag_check,
};

;// CONCATENATED MODULE: ./src/rules/edits.ts
/**
 * An edit that removes one map entry. Block style: its whole line(s), including a comment at the
 * end of the line, leaving neighbouring lines alone. Flow style: the entry and one comma.
 * Undefined when the entry shares its line with other content in block style.
 */
function removeEntry(file, map, e) {
    const text = file.text;
    if (map.flow) {
        let start = e.range[0];
        let end = e.range[1];
        const after = /^\s*,[ \t]*/.exec(text.slice(end));
        if (after)
            end += after[0].length;
        else {
            const before = /,\s*$/.exec(text.slice(map.range[0], start));
            if (before)
                start -= before[0].length;
        }
        return { file: file.path, start, end, text: '' };
    }
    const lineStart = text.lastIndexOf('\n', e.range[0] - 1) + 1;
    if (text.slice(lineStart, e.range[0]).trim() !== '')
        return undefined;
    let lineEnd = text.indexOf('\n', e.range[1]);
    if (lineEnd < 0)
        lineEnd = text.length;
    const rest = text.slice(e.range[1], lineEnd).replace(/\r$/, '');
    if (rest.trim() !== '' && !rest.trim().startsWith('#'))
        return undefined;
    if (lineEnd === text.length && lineStart > 0) {
        // The last line has no line break: take the one before it, so the file still ends without one.
        const breakStart = text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
        return { file: file.path, start: breakStart, end: text.length, text: '' };
    }
    return { file: file.path, start: lineStart, end: Math.min(text.length, lineEnd + 1), text: '' };
}

;// CONCATENATED MODULE: ./src/rules/proxy-settings.ts



/** A finding on a service key (`read_only:`, `user:`) with a fix that removes the key's line. */
function keyFinding(ruleId, service, key, message) {
    const s = settingValue(service, key);
    // Unknown (`${PROXY_UID}` with no .env, no default): set by the shell, nothing to judge here.
    if (!s?.value)
        return [];
    const text = message(s.value.value);
    if (!text)
        return [];
    // Merged from an anchor: the entry's own map is not the service's, so its flow style is
    // unknown; remove it only as a whole line (block style). The engine's anchor guard then drops
    // the fix when a service other than the proxy shares the anchor.
    const edit = removeEntry(s.def.file, s.entry.mergedFrom ? { ...s.def.node, flow: false } : s.def.node, s.entry);
    return [
        findingAt(ruleId, s.def.file, s.entry.range, text, {
            fix: edit ? { description: `remove ${key}`, edits: [edit] } : undefined,
            via: aliasSite(s.def.file, s.via),
        }),
    ];
}
const proxyReadOnly = {
    meta: {
        id: 'proxy-read-only',
        description: 'read_only: true on the proxy: its `uv run` entrypoint writes /app/.venv and /root/.cache.',
        defaultSeverity: 'error',
        fixable: true,
        docs: 'docs/rules/proxy-read-only.md',
    },
    compose: (service) => keyFinding('proxy-read-only', service, 'read_only', (v) => v.toLowerCase() === 'true'
        ? `service "${service.name}" sets read_only: true, but the claude-code-proxy image writes /app/.venv and /root/.cache at start; remove read_only`
        : undefined),
};
function allowedUsers(ctx) {
    return Array.isArray(ctx.options.allowedUsers) ? ctx.options.allowedUsers.map(String) : ['0', 'root', '0:0', 'root:root'];
}
/**
 * Empty means the image's default (root). `user:group` passes when the user alone is allowed:
 * what the image needs is uid 0, whatever the group.
 */
function userAllowed(value, allowed) {
    const v = value.trim();
    return v === '' || allowed.includes(v) || (v.includes(':') && allowed.includes(v.slice(0, v.indexOf(':'))));
}
const proxyUser = {
    meta: {
        id: 'proxy-user',
        description: 'A non-root user: on the proxy: the image needs root to write /app/.venv and /root/.cache.',
        defaultSeverity: 'error',
        fixable: true,
        docs: 'docs/rules/proxy-user.md',
    },
    compose: (service, ctx) => keyFinding('proxy-user', service, 'user', (v) => userAllowed(v, allowedUsers(ctx))
        ? undefined
        : `service "${service.name}" runs as user "${v}", but the claude-code-proxy image must run as root (its \`uv run\` entrypoint writes /app/.venv and /root/.cache); remove user`),
};

;// CONCATENATED MODULE: ./src/rules/index.ts






/** Rules that judge documents; `schema`, `parse-error`, `invalid-suppression` and `fix-failed` come from the engine and the fixer. */
const RULES = [bannedModel, disableThinking, proxyImageTag, proxyReadOnly, proxyUser, modelTiers, openclawThinking];
const ENGINE_RULES = [
    {
        id: 'schema',
        description: 'The file does not match the structure Compose or OpenClaw expects (schemas/).',
        defaultSeverity: 'error',
        fixable: false,
        docs: 'docs/rules/schema.md',
    },
    {
        id: 'parse-error',
        description: 'The file cannot be parsed as YAML, JSON5 or .env.',
        defaultSeverity: 'error',
        fixable: false,
        docs: 'docs/rules/parse-error.md',
    },
    {
        id: 'invalid-suppression',
        description: 'A clawcheck-disable-next-line comment without a reason, for an unknown rule, or for a rule the policy does not let you suppress.',
        defaultSeverity: 'warning',
        fixable: false,
        docs: 'docs/rules/invalid-suppression.md',
    },
    {
        id: 'fix-failed',
        description: 'Fixes for a file were computed but not applied: the result would not parse or would still have the problems.',
        defaultSeverity: 'warning',
        fixable: false,
        docs: 'docs/rules/fix-failed.md',
    },
];
const ALL_RULE_META = [...RULES.map((r) => r.meta), ...ENGINE_RULES];
const RULE_IDS = new Set(ALL_RULE_META.map((m) => m.id));

;// CONCATENATED MODULE: ./src/generated/validators.js
// Generated by scripts/gen-assets.mjs from schemas/*.schema.json (ajv standalone code). Do not edit.
const compose = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"compose","title":"Compose file (the parts clawcheck relies on)","description":"A tolerant schema for docker-compose files: it checks only the shapes clawcheck reads (services and their image, build, environment, env_file, user, read_only, healthcheck, ...). Unknown keys are allowed everywhere, and scalars Compose reads as numbers or booleans also accept strings, because `${VAR}` interpolation may stand in for them.","type":"object","properties":{"version":{"description":"Legacy format version; Compose ignores it.","type":["string","number"]},"name":{"description":"Project name.","type":["string","number"]},"include":{"description":"Other Compose files to include.","type":"array","items":{"$ref":"#/$defs/include"}},"services":{"description":"The services of the project, keyed by name.","type":["object","null"],"additionalProperties":{"$ref":"#/$defs/service"}},"networks":{"$ref":"#/$defs/namedResources","description":"Networks, keyed by name."},"volumes":{"$ref":"#/$defs/namedResources","description":"Named volumes, keyed by name."},"configs":{"$ref":"#/$defs/namedResources","description":"Configs, keyed by name."},"secrets":{"$ref":"#/$defs/namedResources","description":"Secrets, keyed by name."}},"if":{"description":"Legacy (version 1) file: no `services`, `include` or `version` key, every other top-level key is a service.","not":{"anyOf":[{"required":["services"]},{"required":["include"]},{"required":["version"]}]}},"then":{"properties":{"name":true,"networks":true,"volumes":true,"configs":true,"secrets":true,"models":true},"patternProperties":{"^x-":true},"additionalProperties":{"if":{"type":"object"},"then":{"$ref":"#/$defs/service"}}},"$defs":{"include":{"description":"A path to a Compose file, or an object with `path`, `project_directory` and `env_file`.","anyOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/$defs/stringOrStrings"},"project_directory":{"type":"string"},"env_file":{"$ref":"#/$defs/stringOrStrings"}}}],"x-expected":"a path or an include map"},"namedResources":{"type":["object","null"],"additionalProperties":{"type":["object","null"]},"description":"A map of resource names to their definitions (or nothing, for defaults)."},"scalar":{"type":["string","number","boolean","null"],"description":"A scalar value: string, number, boolean or null."},"stringOrStrings":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"x-expected":"a string or a list of strings"},"boolish":{"description":"A boolean, or a string (`${VAR}` interpolation, or a YAML 1.1 `yes`/`no`).","type":["boolean","string","null"],"x-expected":"a boolean"},"numberish":{"description":"A number, or a string (`${VAR}` interpolation).","type":["number","string","null"],"x-expected":"a number"},"duration":{"description":"A duration such as `30s` or `1m30s`.","type":["string","number","null"],"x-expected":"a duration such as \"30s\""},"command":{"description":"A command as a string (shell form) or a list of strings (exec form).","anyOf":[{"type":"null"},{"type":"string"},{"type":"array","items":{"$ref":"#/$defs/scalar"}}],"x-expected":"a string or a list of strings"},"listOrDict":{"description":"A map of keys to scalar values, or a list of `KEY=value` strings.","x-expected":"a map or a list of \"KEY=value\" strings","anyOf":[{"type":"object","additionalProperties":{"$ref":"#/$defs/scalar"}},{"type":"array","items":{"type":["string","number","boolean"]}},{"$ref":"#/$defs/unset"}]},"environment":{"description":"Environment variables: a map of names to scalar values, or a list of `KEY=value` strings.","x-expected":"a map or a list of \"KEY=value\" strings","anyOf":[{"type":"object","additionalProperties":{"$ref":"#/$defs/scalar"}},{"type":"array","items":{"type":["string","number","boolean"]}},{"$ref":"#/$defs/unset"}]},"envFile":{"description":"A path to an env file, or a list of paths or `{path, required, format}` objects.","x-expected":"a path or a list of paths (or {path, required} maps)","anyOf":[{"type":"string"},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"object","required":["path"],"properties":{"path":{"type":"string"},"required":{"$ref":"#/$defs/boolish"},"format":{"type":"string"}}}],"x-expected":"a path or a {path, required} map"}},{"$ref":"#/$defs/unset"}]},"healthcheck":{"description":"How Docker checks that the container is healthy.","anyOf":[{"type":"object","properties":{"test":{"description":"`NONE`, a shell command string, or a list starting with `CMD` or `CMD-SHELL`.","anyOf":[{"type":"string"},{"type":"array","items":{"$ref":"#/$defs/scalar"}}],"x-expected":"a string or a list of strings"},"interval":{"$ref":"#/$defs/duration"},"timeout":{"$ref":"#/$defs/duration"},"start_period":{"$ref":"#/$defs/duration"},"start_interval":{"$ref":"#/$defs/duration"},"retries":{"$ref":"#/$defs/numberish"},"disable":{"$ref":"#/$defs/boolish"}}},{"$ref":"#/$defs/unset"}],"x-expected":"a map (test, interval, timeout, retries, ...)"},"build":{"description":"A build context path, or a build definition.","anyOf":[{"type":"string"},{"type":"object","properties":{"context":{"type":"string"},"dockerfile":{"type":"string"},"args":{"$ref":"#/$defs/listOrDict"}}}],"x-expected":"a build context path or a build map"},"service":{"description":"One service. Only the fields clawcheck reads are checked; any other key is allowed.","type":"object","properties":{"image":{"description":"The image to run (`[registry/]owner/name[:tag][@digest]`).","type":["string","null"]},"build":{"$ref":"#/$defs/build","description":"How to build the image."},"container_name":{"description":"The container's name.","type":["string","null"]},"environment":{"$ref":"#/$defs/environment","description":"Environment variables of the container: a map of names to values, or a list of `KEY=value` strings."},"env_file":{"$ref":"#/$defs/envFile","description":"Files to read environment variables from."},"user":{"description":"User (and group) the container runs as, e.g. `\"1000:1000\"`.","type":["string","null"]},"read_only":{"description":"Mount the container's root filesystem read-only.","$ref":"#/$defs/boolish"},"privileged":{"$ref":"#/$defs/boolish","description":"Run the container with extended privileges."},"healthcheck":{"$ref":"#/$defs/healthcheck","description":"How Docker checks that the container is healthy."},"command":{"$ref":"#/$defs/command","description":"Overrides the image's default command."},"entrypoint":{"$ref":"#/$defs/command","description":"Overrides the image's entrypoint."},"labels":{"$ref":"#/$defs/listOrDict","description":"Container labels."},"profiles":{"description":"Profiles that enable this service.","anyOf":[{"type":"array","items":{"type":"string"}},{"$ref":"#/$defs/unset"}],"x-expected":"a list of profile names"},"ports":{"description":"Published ports: `[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]` strings, numbers or long-syntax objects.","anyOf":[{"type":"array","items":{"type":["string","number","object"]}},{"$ref":"#/$defs/unset"}],"x-expected":"a list of ports"},"expose":{"description":"Ports exposed to linked services only.","anyOf":[{"type":"array","items":{"type":["string","number"]}},{"$ref":"#/$defs/unset"}],"x-expected":"a list of ports"},"volumes":{"description":"Mounts: `SOURCE:TARGET[:MODE]` strings or long-syntax objects.","anyOf":[{"type":"array","items":{"type":["string","object"]}},{"$ref":"#/$defs/unset"}],"x-expected":"a list of mounts"},"depends_on":{"description":"Services this one depends on: a list of names or a map of names to conditions.","x-expected":"a list of service names or a map of service names","anyOf":[{"type":"array","items":{"type":"string"}},{"type":"object","additionalProperties":{"type":["object","null"]}},{"$ref":"#/$defs/unset"}]},"extends":{"description":"Another service to extend: its name, or `{service, file}`.","x-expected":"a service name or an {service, file} map","anyOf":[{"type":"string"},{"type":"object"},{"$ref":"#/$defs/unset"}]},"networks":{"description":"Networks to join: a list of names or a map of names to settings.","anyOf":[{"type":["array","object"]},{"$ref":"#/$defs/unset"}],"x-expected":"a list of network names or a map of networks"},"restart":{"type":["string","boolean","null"],"description":"Restart policy (`no`, `always`, `on-failure[:N]`, `unless-stopped`)."},"deploy":{"description":"Deployment settings (resources, replicas, ...).","anyOf":[{"type":["object","null"]},{"$ref":"#/$defs/unset"}],"x-expected":"a map"}}},"unset":{"description":"An unset value: `null`, or what a `!reset` / `!override` tag leaves (clawcheck's parser drops YAML tags, Compose applies them before validating).","enum":[null,"","null"]}}};const schema67 = {"type":["object","null"],"additionalProperties":{"type":["object","null"]},"description":"A map of resource names to their definitions (or nothing, for defaults)."};const pattern4 = new RegExp("^x-", "u");const schema32 = {"description":"One service. Only the fields clawcheck reads are checked; any other key is allowed.","type":"object","properties":{"image":{"description":"The image to run (`[registry/]owner/name[:tag][@digest]`).","type":["string","null"]},"build":{"$ref":"#/$defs/build","description":"How to build the image."},"container_name":{"description":"The container's name.","type":["string","null"]},"environment":{"$ref":"#/$defs/environment","description":"Environment variables of the container: a map of names to values, or a list of `KEY=value` strings."},"env_file":{"$ref":"#/$defs/envFile","description":"Files to read environment variables from."},"user":{"description":"User (and group) the container runs as, e.g. `\"1000:1000\"`.","type":["string","null"]},"read_only":{"description":"Mount the container's root filesystem read-only.","$ref":"#/$defs/boolish"},"privileged":{"$ref":"#/$defs/boolish","description":"Run the container with extended privileges."},"healthcheck":{"$ref":"#/$defs/healthcheck","description":"How Docker checks that the container is healthy."},"command":{"$ref":"#/$defs/command","description":"Overrides the image's default command."},"entrypoint":{"$ref":"#/$defs/command","description":"Overrides the image's entrypoint."},"labels":{"$ref":"#/$defs/listOrDict","description":"Container labels."},"profiles":{"description":"Profiles that enable this service.","anyOf":[{"type":"array","items":{"type":"string"}},{"$ref":"#/$defs/unset"}],"x-expected":"a list of profile names"},"ports":{"description":"Published ports: `[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]` strings, numbers or long-syntax objects.","anyOf":[{"type":"array","items":{"type":["string","number","object"]}},{"$ref":"#/$defs/unset"}],"x-expected":"a list of ports"},"expose":{"description":"Ports exposed to linked services only.","anyOf":[{"type":"array","items":{"type":["string","number"]}},{"$ref":"#/$defs/unset"}],"x-expected":"a list of ports"},"volumes":{"description":"Mounts: `SOURCE:TARGET[:MODE]` strings or long-syntax objects.","anyOf":[{"type":"array","items":{"type":["string","object"]}},{"$ref":"#/$defs/unset"}],"x-expected":"a list of mounts"},"depends_on":{"description":"Services this one depends on: a list of names or a map of names to conditions.","x-expected":"a list of service names or a map of service names","anyOf":[{"type":"array","items":{"type":"string"}},{"type":"object","additionalProperties":{"type":["object","null"]}},{"$ref":"#/$defs/unset"}]},"extends":{"description":"Another service to extend: its name, or `{service, file}`.","x-expected":"a service name or an {service, file} map","anyOf":[{"type":"string"},{"type":"object"},{"$ref":"#/$defs/unset"}]},"networks":{"description":"Networks to join: a list of names or a map of names to settings.","anyOf":[{"type":["array","object"]},{"$ref":"#/$defs/unset"}],"x-expected":"a list of network names or a map of networks"},"restart":{"type":["string","boolean","null"],"description":"Restart policy (`no`, `always`, `on-failure[:N]`, `unless-stopped`)."},"deploy":{"description":"Deployment settings (resources, replicas, ...).","anyOf":[{"type":["object","null"]},{"$ref":"#/$defs/unset"}],"x-expected":"a map"}}};const schema41 = {"description":"A boolean, or a string (`${VAR}` interpolation, or a YAML 1.1 `yes`/`no`).","type":["boolean","string","null"],"x-expected":"a boolean"};const schema36 = {"description":"An unset value: `null`, or what a `!reset` / `!override` tag leaves (clawcheck's parser drops YAML tags, Compose applies them before validating).","enum":[null,"","null"]};const schema33 = {"description":"A build context path, or a build definition.","anyOf":[{"type":"string"},{"type":"object","properties":{"context":{"type":"string"},"dockerfile":{"type":"string"},"args":{"$ref":"#/$defs/listOrDict"}}}],"x-expected":"a build context path or a build map"};const schema34 = {"description":"A map of keys to scalar values, or a list of `KEY=value` strings.","x-expected":"a map or a list of \"KEY=value\" strings","anyOf":[{"type":"object","additionalProperties":{"$ref":"#/$defs/scalar"}},{"type":"array","items":{"type":["string","number","boolean"]}},{"$ref":"#/$defs/unset"}]};const schema35 = {"type":["string","number","boolean","null"],"description":"A scalar value: string, number, boolean or null."};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate23.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){let data0 = data[key0];if((((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")) && (data0 !== null)){const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema35.type},message:"must be string,number,boolean,null",schema:schema35.type,parentSchema:schema35,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}else {const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.anyOf[0].type,parentSchema:schema34.anyOf[0],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;if(_valid0){var props0 = true;}const _errs7 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data1 = data[i0];if(((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/anyOf/1/items/type",keyword:"type",params:{type: schema34.anyOf[1].items.type},message:"must be string,number,boolean",schema:schema34.anyOf[1].items.type,parentSchema:schema34.anyOf[1].items,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.anyOf[1].type,parentSchema:schema34.anyOf[1],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs7 === errors;valid0 = valid0 || _valid0;if(_valid0){var items0 = true;}const _errs11 = errors;if(!(((data === null) || (data === "")) || (data === "null"))){const err4 = {instancePath,schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs11 === errors;valid0 = valid0 || _valid0;if(!valid0){const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.anyOf,parentSchema:schema34,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate23.errors = vErrors;evaluated0.props = props0;evaluated0.items = items0;return errors === 0;}validate23.evaluated = {"dynamicProps":true,"dynamicItems":true};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.anyOf[0].type,parentSchema:schema33.anyOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.context !== undefined){let data0 = data.context;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/context",schemaPath:"#/anyOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.anyOf[1].properties.context.type,parentSchema:schema33.anyOf[1].properties.context,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.dockerfile !== undefined){let data1 = data.dockerfile;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/dockerfile",schemaPath:"#/anyOf/1/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.anyOf[1].properties.dockerfile.type,parentSchema:schema33.anyOf[1].properties.dockerfile,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.args !== undefined){if(!(validate23(data.args, {instancePath:instancePath+"/args",parentData:data,parentDataProperty:"args",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.anyOf[1].type,parentSchema:schema33.anyOf[1],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;if(_valid0){var props1 = {};props1.context = true;props1.dockerfile = true;props1.args = true;}if(!valid0){const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema33.anyOf,parentSchema:schema33,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate22.errors = vErrors;evaluated0.props = props1;return errors === 0;}validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};const schema37 = {"description":"Environment variables: a map of names to scalar values, or a list of `KEY=value` strings.","x-expected":"a map or a list of \"KEY=value\" strings","anyOf":[{"type":"object","additionalProperties":{"$ref":"#/$defs/scalar"}},{"type":"array","items":{"type":["string","number","boolean"]}},{"$ref":"#/$defs/unset"}]};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){let data0 = data[key0];if((((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")) && (data0 !== null)){const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema35.type},message:"must be string,number,boolean,null",schema:schema35.type,parentSchema:schema35,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}else {const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.anyOf[0].type,parentSchema:schema37.anyOf[0],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;if(_valid0){var props0 = true;}const _errs7 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data1 = data[i0];if(((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/anyOf/1/items/type",keyword:"type",params:{type: schema37.anyOf[1].items.type},message:"must be string,number,boolean",schema:schema37.anyOf[1].items.type,parentSchema:schema37.anyOf[1].items,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.anyOf[1].type,parentSchema:schema37.anyOf[1],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs7 === errors;valid0 = valid0 || _valid0;if(_valid0){var items0 = true;}const _errs11 = errors;if(!(((data === null) || (data === "")) || (data === "null"))){const err4 = {instancePath,schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs11 === errors;valid0 = valid0 || _valid0;if(!valid0){const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema37.anyOf,parentSchema:schema37,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate26.errors = vErrors;evaluated0.props = props0;evaluated0.items = items0;return errors === 0;}validate26.evaluated = {"dynamicProps":true,"dynamicItems":true};const schema40 = {"description":"A path to an env file, or a list of paths or `{path, required, format}` objects.","x-expected":"a path or a list of paths (or {path, required} maps)","anyOf":[{"type":"string"},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"object","required":["path"],"properties":{"path":{"type":"string"},"required":{"$ref":"#/$defs/boolish"},"format":{"type":"string"}}}],"x-expected":"a path or a {path, required} map"}},{"$ref":"#/$defs/unset"}]};function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate28.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.anyOf[0].type,parentSchema:schema40.anyOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;const _errs3 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];const _errs6 = errors;let valid3 = false;const _errs7 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.anyOf[1].items.anyOf[0].type,parentSchema:schema40.anyOf[1].items.anyOf[0],data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid1 = _errs7 === errors;valid3 = valid3 || _valid1;const _errs9 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.path === undefined){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/anyOf/1/items/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema40.anyOf[1].items.anyOf[1].required,parentSchema:schema40.anyOf[1].items.anyOf[1],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.path !== undefined){let data1 = data0.path;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/" + i0+"/path",schemaPath:"#/anyOf/1/items/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.anyOf[1].items.anyOf[1].properties.path.type,parentSchema:schema40.anyOf[1].items.anyOf[1].properties.path,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.required !== undefined){let data2 = data0.required;if(((typeof data2 !== "boolean") && (typeof data2 !== "string")) && (data2 !== null)){const err4 = {instancePath:instancePath+"/" + i0+"/required",schemaPath:"#/$defs/boolish/type",keyword:"type",params:{type: schema41.type},message:"must be boolean,string,null",schema:schema41.type,parentSchema:schema41,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.format !== undefined){let data3 = data0.format;if(typeof data3 !== "string"){const err5 = {instancePath:instancePath+"/" + i0+"/format",schemaPath:"#/anyOf/1/items/anyOf/1/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.anyOf[1].items.anyOf[1].properties.format.type,parentSchema:schema40.anyOf[1].items.anyOf[1].properties.format,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.anyOf[1].items.anyOf[1].type,parentSchema:schema40.anyOf[1].items.anyOf[1],data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid1 = _errs9 === errors;valid3 = valid3 || _valid1;if(_valid1){var props0 = {};props0.path = true;props0.required = true;props0.format = true;}if(!valid3){const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema40.anyOf[1].items.anyOf,parentSchema:schema40.anyOf[1].items,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}}}else {const err8 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.anyOf[1].type,parentSchema:schema40.anyOf[1],data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;if(_valid0){var items0 = true;}const _errs20 = errors;if(!(((data === null) || (data === "")) || (data === "null"))){const err9 = {instancePath,schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs20 === errors;valid0 = valid0 || _valid0;if(!valid0){const err10 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema40.anyOf,parentSchema:schema40,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate28.errors = vErrors;evaluated0.items = items0;return errors === 0;}validate28.evaluated = {"dynamicProps":false,"dynamicItems":true};const schema45 = {"description":"How Docker checks that the container is healthy.","anyOf":[{"type":"object","properties":{"test":{"description":"`NONE`, a shell command string, or a list starting with `CMD` or `CMD-SHELL`.","anyOf":[{"type":"string"},{"type":"array","items":{"$ref":"#/$defs/scalar"}}],"x-expected":"a string or a list of strings"},"interval":{"$ref":"#/$defs/duration"},"timeout":{"$ref":"#/$defs/duration"},"start_period":{"$ref":"#/$defs/duration"},"start_interval":{"$ref":"#/$defs/duration"},"retries":{"$ref":"#/$defs/numberish"},"disable":{"$ref":"#/$defs/boolish"}}},{"$ref":"#/$defs/unset"}],"x-expected":"a map (test, interval, timeout, retries, ...)"};const schema47 = {"description":"A duration such as `30s` or `1m30s`.","type":["string","number","null"],"x-expected":"a duration such as \"30s\""};const schema51 = {"description":"A number, or a string (`${VAR}` interpolation).","type":["number","string","null"],"x-expected":"a number"};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate30.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.test !== undefined){let data0 = data.test;const _errs4 = errors;let valid2 = false;const _errs5 = errors;if(typeof data0 !== "string"){const err0 = {instancePath:instancePath+"/test",schemaPath:"#/anyOf/0/properties/test/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.anyOf[0].properties.test.anyOf[0].type,parentSchema:schema45.anyOf[0].properties.test.anyOf[0],data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid1 = _errs5 === errors;valid2 = valid2 || _valid1;const _errs7 = errors;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if((((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")) && (data1 !== null)){const err1 = {instancePath:instancePath+"/test/" + i0,schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema35.type},message:"must be string,number,boolean,null",schema:schema35.type,parentSchema:schema35,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath:instancePath+"/test",schemaPath:"#/anyOf/0/properties/test/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.anyOf[0].properties.test.anyOf[1].type,parentSchema:schema45.anyOf[0].properties.test.anyOf[1],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid1 = _errs7 === errors;valid2 = valid2 || _valid1;if(!valid2){const err3 = {instancePath:instancePath+"/test",schemaPath:"#/anyOf/0/properties/test/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema45.anyOf[0].properties.test.anyOf,parentSchema:schema45.anyOf[0].properties.test,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}}}if(data.interval !== undefined){let data2 = data.interval;if(((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (data2 !== null)){const err4 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema47.type},message:"must be string,number,null",schema:schema47.type,parentSchema:schema47,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.timeout !== undefined){let data3 = data.timeout;if(((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (data3 !== null)){const err5 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema47.type},message:"must be string,number,null",schema:schema47.type,parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.start_period !== undefined){let data4 = data.start_period;if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (data4 !== null)){const err6 = {instancePath:instancePath+"/start_period",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema47.type},message:"must be string,number,null",schema:schema47.type,parentSchema:schema47,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.start_interval !== undefined){let data5 = data.start_interval;if(((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))) && (data5 !== null)){const err7 = {instancePath:instancePath+"/start_interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema47.type},message:"must be string,number,null",schema:schema47.type,parentSchema:schema47,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.retries !== undefined){let data6 = data.retries;if(((!((typeof data6 == "number") && (isFinite(data6)))) && (typeof data6 !== "string")) && (data6 !== null)){const err8 = {instancePath:instancePath+"/retries",schemaPath:"#/$defs/numberish/type",keyword:"type",params:{type: schema51.type},message:"must be number,string,null",schema:schema51.type,parentSchema:schema51,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.disable !== undefined){let data7 = data.disable;if(((typeof data7 !== "boolean") && (typeof data7 !== "string")) && (data7 !== null)){const err9 = {instancePath:instancePath+"/disable",schemaPath:"#/$defs/boolish/type",keyword:"type",params:{type: schema41.type},message:"must be boolean,string,null",schema:schema41.type,parentSchema:schema41,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.anyOf[0].type,parentSchema:schema45.anyOf[0],data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;if(_valid0){var props0 = {};props0.test = true;props0.interval = true;props0.timeout = true;props0.start_period = true;props0.start_interval = true;props0.retries = true;props0.disable = true;}const _errs37 = errors;if(!(((data === null) || (data === "")) || (data === "null"))){const err11 = {instancePath,schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs37 === errors;valid0 = valid0 || _valid0;if(!valid0){const err12 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema45.anyOf,parentSchema:schema45,data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate30.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate30.evaluated = {"dynamicProps":true,"dynamicItems":false};const schema54 = {"description":"A command as a string (shell form) or a list of strings (exec form).","anyOf":[{"type":"null"},{"type":"string"},{"type":"array","items":{"$ref":"#/$defs/scalar"}}],"x-expected":"a string or a list of strings"};function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate32.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(data !== null){const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema54.anyOf[0].type,parentSchema:schema54.anyOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;const _errs3 = errors;if(typeof data !== "string"){const err1 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.anyOf[1].type,parentSchema:schema54.anyOf[1],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;const _errs5 = errors;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if((((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")) && (data0 !== null)){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/scalar/type",keyword:"type",params:{type: schema35.type},message:"must be string,number,boolean,null",schema:schema35.type,parentSchema:schema35,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.anyOf[2].type,parentSchema:schema54.anyOf[2],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs5 === errors;valid0 = valid0 || _valid0;if(_valid0){var items0 = true;}if(!valid0){const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.anyOf,parentSchema:schema54,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate32.errors = vErrors;evaluated0.items = items0;return errors === 0;}validate32.evaluated = {"dynamicProps":false,"dynamicItems":true};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.image !== undefined){let data0 = data.image;if((typeof data0 !== "string") && (data0 !== null)){const err0 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: schema32.properties.image.type},message:"must be string,null",schema:schema32.properties.image.type,parentSchema:schema32.properties.image,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.build !== undefined){if(!(validate22(data.build, {instancePath:instancePath+"/build",parentData:data,parentDataProperty:"build",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.container_name !== undefined){let data2 = data.container_name;if((typeof data2 !== "string") && (data2 !== null)){const err1 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: schema32.properties.container_name.type},message:"must be string,null",schema:schema32.properties.container_name.type,parentSchema:schema32.properties.container_name,data:data2};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.environment !== undefined){if(!(validate26(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.env_file !== undefined){if(!(validate28(data.env_file, {instancePath:instancePath+"/env_file",parentData:data,parentDataProperty:"env_file",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}}if(data.user !== undefined){let data5 = data.user;if((typeof data5 !== "string") && (data5 !== null)){const err2 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: schema32.properties.user.type},message:"must be string,null",schema:schema32.properties.user.type,parentSchema:schema32.properties.user,data:data5};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.read_only !== undefined){let data6 = data.read_only;if(((typeof data6 !== "boolean") && (typeof data6 !== "string")) && (data6 !== null)){const err3 = {instancePath:instancePath+"/read_only",schemaPath:"#/$defs/boolish/type",keyword:"type",params:{type: schema41.type},message:"must be boolean,string,null",schema:schema41.type,parentSchema:schema41,data:data6};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.privileged !== undefined){let data7 = data.privileged;if(((typeof data7 !== "boolean") && (typeof data7 !== "string")) && (data7 !== null)){const err4 = {instancePath:instancePath+"/privileged",schemaPath:"#/$defs/boolish/type",keyword:"type",params:{type: schema41.type},message:"must be boolean,string,null",schema:schema41.type,parentSchema:schema41,data:data7};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.healthcheck !== undefined){if(!(validate30(data.healthcheck, {instancePath:instancePath+"/healthcheck",parentData:data,parentDataProperty:"healthcheck",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}if(data.command !== undefined){if(!(validate32(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}}if(data.entrypoint !== undefined){if(!(validate32(data.entrypoint, {instancePath:instancePath+"/entrypoint",parentData:data,parentDataProperty:"entrypoint",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}}if(data.labels !== undefined){if(!(validate23(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.profiles !== undefined){let data12 = data.profiles;const _errs23 = errors;let valid3 = false;const _errs24 = errors;if(Array.isArray(data12)){const len0 = data12.length;for(let i0=0; i0<len0; i0++){let data13 = data12[i0];if(typeof data13 !== "string"){const err5 = {instancePath:instancePath+"/profiles/" + i0,schemaPath:"#/properties/profiles/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.profiles.anyOf[0].items.type,parentSchema:schema32.properties.profiles.anyOf[0].items,data:data13};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.profiles.anyOf[0].type,parentSchema:schema32.properties.profiles.anyOf[0],data:data12};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs24 === errors;valid3 = valid3 || _valid0;const _errs28 = errors;if(!(((data12 === null) || (data12 === "")) || (data12 === "null"))){const err7 = {instancePath:instancePath+"/profiles",schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data12};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs28 === errors;valid3 = valid3 || _valid0;if(!valid3){const err8 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.profiles.anyOf,parentSchema:schema32.properties.profiles,data:data12};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {errors = _errs23;if(vErrors !== null){if(_errs23){vErrors.length = _errs23;}else {vErrors = null;}}}}if(data.ports !== undefined){let data14 = data.ports;const _errs32 = errors;let valid7 = false;const _errs33 = errors;if(Array.isArray(data14)){const len1 = data14.length;for(let i1=0; i1<len1; i1++){let data15 = data14[i1];if(((typeof data15 !== "string") && (!((typeof data15 == "number") && (isFinite(data15))))) && (!(data15 && typeof data15 == "object" && !Array.isArray(data15)))){const err9 = {instancePath:instancePath+"/ports/" + i1,schemaPath:"#/properties/ports/anyOf/0/items/type",keyword:"type",params:{type: schema32.properties.ports.anyOf[0].items.type},message:"must be string,number,object",schema:schema32.properties.ports.anyOf[0].items.type,parentSchema:schema32.properties.ports.anyOf[0].items,data:data15};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.ports.anyOf[0].type,parentSchema:schema32.properties.ports.anyOf[0],data:data14};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid1 = _errs33 === errors;valid7 = valid7 || _valid1;const _errs37 = errors;if(!(((data14 === null) || (data14 === "")) || (data14 === "null"))){const err11 = {instancePath:instancePath+"/ports",schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data14};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid1 = _errs37 === errors;valid7 = valid7 || _valid1;if(!valid7){const err12 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.ports.anyOf,parentSchema:schema32.properties.ports,data:data14};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {errors = _errs32;if(vErrors !== null){if(_errs32){vErrors.length = _errs32;}else {vErrors = null;}}}}if(data.expose !== undefined){let data16 = data.expose;const _errs41 = errors;let valid11 = false;const _errs42 = errors;if(Array.isArray(data16)){const len2 = data16.length;for(let i2=0; i2<len2; i2++){let data17 = data16[i2];if((typeof data17 !== "string") && (!((typeof data17 == "number") && (isFinite(data17))))){const err13 = {instancePath:instancePath+"/expose/" + i2,schemaPath:"#/properties/expose/anyOf/0/items/type",keyword:"type",params:{type: schema32.properties.expose.anyOf[0].items.type},message:"must be string,number",schema:schema32.properties.expose.anyOf[0].items.type,parentSchema:schema32.properties.expose.anyOf[0].items,data:data17};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.expose.anyOf[0].type,parentSchema:schema32.properties.expose.anyOf[0],data:data16};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}var _valid2 = _errs42 === errors;valid11 = valid11 || _valid2;const _errs46 = errors;if(!(((data16 === null) || (data16 === "")) || (data16 === "null"))){const err15 = {instancePath:instancePath+"/expose",schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data16};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid2 = _errs46 === errors;valid11 = valid11 || _valid2;if(!valid11){const err16 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.expose.anyOf,parentSchema:schema32.properties.expose,data:data16};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs41;if(vErrors !== null){if(_errs41){vErrors.length = _errs41;}else {vErrors = null;}}}}if(data.volumes !== undefined){let data18 = data.volumes;const _errs50 = errors;let valid15 = false;const _errs51 = errors;if(Array.isArray(data18)){const len3 = data18.length;for(let i3=0; i3<len3; i3++){let data19 = data18[i3];if((typeof data19 !== "string") && (!(data19 && typeof data19 == "object" && !Array.isArray(data19)))){const err17 = {instancePath:instancePath+"/volumes/" + i3,schemaPath:"#/properties/volumes/anyOf/0/items/type",keyword:"type",params:{type: schema32.properties.volumes.anyOf[0].items.type},message:"must be string,object",schema:schema32.properties.volumes.anyOf[0].items.type,parentSchema:schema32.properties.volumes.anyOf[0].items,data:data19};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.volumes.anyOf[0].type,parentSchema:schema32.properties.volumes.anyOf[0],data:data18};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}var _valid3 = _errs51 === errors;valid15 = valid15 || _valid3;const _errs55 = errors;if(!(((data18 === null) || (data18 === "")) || (data18 === "null"))){const err19 = {instancePath:instancePath+"/volumes",schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data18};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}var _valid3 = _errs55 === errors;valid15 = valid15 || _valid3;if(!valid15){const err20 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.volumes.anyOf,parentSchema:schema32.properties.volumes,data:data18};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}else {errors = _errs50;if(vErrors !== null){if(_errs50){vErrors.length = _errs50;}else {vErrors = null;}}}}if(data.depends_on !== undefined){let data20 = data.depends_on;const _errs59 = errors;let valid19 = false;const _errs60 = errors;if(Array.isArray(data20)){const len4 = data20.length;for(let i4=0; i4<len4; i4++){let data21 = data20[i4];if(typeof data21 !== "string"){const err21 = {instancePath:instancePath+"/depends_on/" + i4,schemaPath:"#/properties/depends_on/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.depends_on.anyOf[0].items.type,parentSchema:schema32.properties.depends_on.anyOf[0].items,data:data21};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.depends_on.anyOf[0].type,parentSchema:schema32.properties.depends_on.anyOf[0],data:data20};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var _valid4 = _errs60 === errors;valid19 = valid19 || _valid4;const _errs64 = errors;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key0 in data20){let data22 = data20[key0];if((!(data22 && typeof data22 == "object" && !Array.isArray(data22))) && (data22 !== null)){const err23 = {instancePath:instancePath+"/depends_on/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/anyOf/1/additionalProperties/type",keyword:"type",params:{type: schema32.properties.depends_on.anyOf[1].additionalProperties.type},message:"must be object,null",schema:schema32.properties.depends_on.anyOf[1].additionalProperties.type,parentSchema:schema32.properties.depends_on.anyOf[1].additionalProperties,data:data22};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.depends_on.anyOf[1].type,parentSchema:schema32.properties.depends_on.anyOf[1],data:data20};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}var _valid4 = _errs64 === errors;valid19 = valid19 || _valid4;const _errs69 = errors;if(!(((data20 === null) || (data20 === "")) || (data20 === "null"))){const err25 = {instancePath:instancePath+"/depends_on",schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data20};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var _valid4 = _errs69 === errors;valid19 = valid19 || _valid4;if(!valid19){const err26 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.depends_on.anyOf,parentSchema:schema32.properties.depends_on,data:data20};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}else {errors = _errs59;if(vErrors !== null){if(_errs59){vErrors.length = _errs59;}else {vErrors = null;}}}}if(data.extends !== undefined){let data23 = data.extends;const _errs73 = errors;let valid24 = false;const _errs74 = errors;if(typeof data23 !== "string"){const err27 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.extends.anyOf[0].type,parentSchema:schema32.properties.extends.anyOf[0],data:data23};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}var _valid5 = _errs74 === errors;valid24 = valid24 || _valid5;const _errs76 = errors;if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){const err28 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.properties.extends.anyOf[1].type,parentSchema:schema32.properties.extends.anyOf[1],data:data23};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var _valid5 = _errs76 === errors;valid24 = valid24 || _valid5;const _errs78 = errors;if(!(((data23 === null) || (data23 === "")) || (data23 === "null"))){const err29 = {instancePath:instancePath+"/extends",schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data23};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}var _valid5 = _errs78 === errors;valid24 = valid24 || _valid5;if(!valid24){const err30 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.extends.anyOf,parentSchema:schema32.properties.extends,data:data23};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}else {errors = _errs73;if(vErrors !== null){if(_errs73){vErrors.length = _errs73;}else {vErrors = null;}}}}if(data.networks !== undefined){let data24 = data.networks;const _errs82 = errors;let valid26 = false;const _errs83 = errors;if(!data24 || typeof data24 != "object"){const err31 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/anyOf/0/type",keyword:"type",params:{type: schema32.properties.networks.anyOf[0].type},message:"must be array,object",schema:schema32.properties.networks.anyOf[0].type,parentSchema:schema32.properties.networks.anyOf[0],data:data24};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}var _valid6 = _errs83 === errors;valid26 = valid26 || _valid6;const _errs85 = errors;if(!(((data24 === null) || (data24 === "")) || (data24 === "null"))){const err32 = {instancePath:instancePath+"/networks",schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data24};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}var _valid6 = _errs85 === errors;valid26 = valid26 || _valid6;if(!valid26){const err33 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.networks.anyOf,parentSchema:schema32.properties.networks,data:data24};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}else {errors = _errs82;if(vErrors !== null){if(_errs82){vErrors.length = _errs82;}else {vErrors = null;}}}}if(data.restart !== undefined){let data25 = data.restart;if(((typeof data25 !== "string") && (typeof data25 !== "boolean")) && (data25 !== null)){const err34 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/type",keyword:"type",params:{type: schema32.properties.restart.type},message:"must be string,boolean,null",schema:schema32.properties.restart.type,parentSchema:schema32.properties.restart,data:data25};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.deploy !== undefined){let data26 = data.deploy;const _errs91 = errors;let valid28 = false;const _errs92 = errors;if((!(data26 && typeof data26 == "object" && !Array.isArray(data26))) && (data26 !== null)){const err35 = {instancePath:instancePath+"/deploy",schemaPath:"#/properties/deploy/anyOf/0/type",keyword:"type",params:{type: schema32.properties.deploy.anyOf[0].type},message:"must be object,null",schema:schema32.properties.deploy.anyOf[0].type,parentSchema:schema32.properties.deploy.anyOf[0],data:data26};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}var _valid7 = _errs92 === errors;valid28 = valid28 || _valid7;const _errs94 = errors;if(!(((data26 === null) || (data26 === "")) || (data26 === "null"))){const err36 = {instancePath:instancePath+"/deploy",schemaPath:"#/$defs/unset/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values",schema:schema36.enum,parentSchema:schema36,data:data26};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}var _valid7 = _errs94 === errors;valid28 = valid28 || _valid7;if(!valid28){const err37 = {instancePath:instancePath+"/deploy",schemaPath:"#/properties/deploy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.deploy.anyOf,parentSchema:schema32.properties.deploy,data:data26};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}else {errors = _errs91;if(vErrors !== null){if(_errs91){vErrors.length = _errs91;}else {vErrors = null;}}}}}else {const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":{"image":true,"build":true,"container_name":true,"environment":true,"env_file":true,"user":true,"read_only":true,"privileged":true,"healthcheck":true,"command":true,"entrypoint":true,"labels":true,"profiles":true,"ports":true,"expose":true,"volumes":true,"depends_on":true,"extends":true,"networks":true,"restart":true,"deploy":true},"dynamicProps":false,"dynamicItems":false};const schema64 = {"description":"A path to a Compose file, or an object with `path`, `project_directory` and `env_file`.","anyOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/$defs/stringOrStrings"},"project_directory":{"type":"string"},"env_file":{"$ref":"#/$defs/stringOrStrings"}}}],"x-expected":"a path or an include map"};const schema65 = {"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"x-expected":"a string or a list of strings"};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate37.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.anyOf[0].type,parentSchema:schema64.anyOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.path !== undefined){let data0 = data.path;const _errs7 = errors;let valid3 = false;const _errs8 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/stringOrStrings/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.anyOf[0].type,parentSchema:schema65.anyOf[0],data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid1 = _errs8 === errors;valid3 = valid3 || _valid1;const _errs10 = errors;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/path/" + i0,schemaPath:"#/$defs/stringOrStrings/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.anyOf[1].items.type,parentSchema:schema65.anyOf[1].items,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/stringOrStrings/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.anyOf[1].type,parentSchema:schema65.anyOf[1],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs10 === errors;valid3 = valid3 || _valid1;if(!valid3){const err4 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/stringOrStrings/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema65.anyOf,parentSchema:schema65,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}}}if(data.project_directory !== undefined){let data2 = data.project_directory;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/project_directory",schemaPath:"#/anyOf/1/properties/project_directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.anyOf[1].properties.project_directory.type,parentSchema:schema64.anyOf[1].properties.project_directory,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.env_file !== undefined){let data3 = data.env_file;const _errs19 = errors;let valid7 = false;const _errs20 = errors;if(typeof data3 !== "string"){const err6 = {instancePath:instancePath+"/env_file",schemaPath:"#/$defs/stringOrStrings/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.anyOf[0].type,parentSchema:schema65.anyOf[0],data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid2 = _errs20 === errors;valid7 = valid7 || _valid2;const _errs22 = errors;if(Array.isArray(data3)){const len1 = data3.length;for(let i1=0; i1<len1; i1++){let data4 = data3[i1];if(typeof data4 !== "string"){const err7 = {instancePath:instancePath+"/env_file/" + i1,schemaPath:"#/$defs/stringOrStrings/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.anyOf[1].items.type,parentSchema:schema65.anyOf[1].items,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/env_file",schemaPath:"#/$defs/stringOrStrings/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.anyOf[1].type,parentSchema:schema65.anyOf[1],data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid2 = _errs22 === errors;valid7 = valid7 || _valid2;if(!valid7){const err9 = {instancePath:instancePath+"/env_file",schemaPath:"#/$defs/stringOrStrings/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema65.anyOf,parentSchema:schema65,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}else {errors = _errs19;if(vErrors !== null){if(_errs19){vErrors.length = _errs19;}else {vErrors = null;}}}}}else {const err10 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.anyOf[1].type,parentSchema:schema64.anyOf[1],data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;if(_valid0){var props0 = {};props0.path = true;props0.project_directory = true;props0.env_file = true;}if(!valid0){const err11 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema64.anyOf,parentSchema:schema64,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate37.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate37.evaluated = {"dynamicProps":true,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="compose" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = true;const _errs2 = errors;const _errs3 = errors;const _errs4 = errors;const _errs5 = errors;let valid2 = false;const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.services === undefined) && (missing0 = "services")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid1 = _errs6 === errors;valid2 = valid2 || _valid1;const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.include === undefined) && (missing1 = "include")){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid1 = _errs7 === errors;valid2 = valid2 || _valid1;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.version === undefined) && (missing2 = "version")){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid1 = _errs8 === errors;valid2 = valid2 || _valid1;if(!valid2){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}var valid1 = _errs4 === errors;if(valid1){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}if(_valid0){const _errs9 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "name") || (key0 === "networks")) || (key0 === "volumes")) || (key0 === "configs")) || (key0 === "secrets")) || (key0 === "models")) || (pattern4.test(key0)))){let data0 = data[key0];const _errs12 = errors;let valid4 = true;const _errs13 = errors;if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid2 = _errs13 === errors;errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}if(_valid2){const _errs15 = errors;if(!(validate21(data0, {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}var _valid2 = _errs15 === errors;valid4 = _valid2;if(valid4){var props0 = {};props0.image = true;props0.build = true;props0.container_name = true;props0.environment = true;props0.env_file = true;props0.user = true;props0.read_only = true;props0.privileged = true;props0.healthcheck = true;props0.command = true;props0.entrypoint = true;props0.labels = true;props0.profiles = true;props0.ports = true;props0.expose = true;props0.volumes = true;props0.depends_on = true;props0.extends = true;props0.networks = true;props0.restart = true;props0.deploy = true;}}if(!valid4){const err6 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/then/additionalProperties/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.then.additionalProperties.if,parentSchema:schema31.then.additionalProperties,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}}var _valid0 = _errs9 === errors;valid0 = _valid0;if(valid0){var props1 = true;}}if(!valid0){const err7 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.if,parentSchema:schema31,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(props1 !== true){props1 = props1 || {};props1.version = true;props1.name = true;props1.include = true;props1.services = true;props1.networks = true;props1.volumes = true;props1.configs = true;props1.secrets = true;}if(data.version !== undefined){let data1 = data.version;if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){const err8 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: schema31.properties.version.type},message:"must be string,number",schema:schema31.properties.version.type,parentSchema:schema31.properties.version,data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.name !== undefined){let data2 = data.name;if((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))){const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema31.properties.name.type},message:"must be string,number",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.include !== undefined){let data3 = data.include;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){if(!(validate37(data3[i0], {instancePath:instancePath+"/include/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}}else {const err10 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.include.type,parentSchema:schema31.properties.include,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.services !== undefined){let data5 = data.services;if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){const err11 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: schema31.properties.services.type},message:"must be object,null",schema:schema31.properties.services.type,parentSchema:schema31.properties.services,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!(validate21(data5[key1], {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}}if(data.networks !== undefined){let data7 = data.networks;if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){const err12 = {instancePath:instancePath+"/networks",schemaPath:"#/$defs/namedResources/type",keyword:"type",params:{type: schema67.type},message:"must be object,null",schema:schema67.type,parentSchema:schema67,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key2 in data7){let data8 = data7[key2];if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)){const err13 = {instancePath:instancePath+"/networks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/namedResources/additionalProperties/type",keyword:"type",params:{type: schema67.additionalProperties.type},message:"must be object,null",schema:schema67.additionalProperties.type,parentSchema:schema67.additionalProperties,data:data8};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}if(data.volumes !== undefined){let data9 = data.volumes;if((!(data9 && typeof data9 == "object" && !Array.isArray(data9))) && (data9 !== null)){const err14 = {instancePath:instancePath+"/volumes",schemaPath:"#/$defs/namedResources/type",keyword:"type",params:{type: schema67.type},message:"must be object,null",schema:schema67.type,parentSchema:schema67,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key3 in data9){let data10 = data9[key3];if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){const err15 = {instancePath:instancePath+"/volumes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/namedResources/additionalProperties/type",keyword:"type",params:{type: schema67.additionalProperties.type},message:"must be object,null",schema:schema67.additionalProperties.type,parentSchema:schema67.additionalProperties,data:data10};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}}if(data.configs !== undefined){let data11 = data.configs;if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){const err16 = {instancePath:instancePath+"/configs",schemaPath:"#/$defs/namedResources/type",keyword:"type",params:{type: schema67.type},message:"must be object,null",schema:schema67.type,parentSchema:schema67,data:data11};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key4 in data11){let data12 = data11[key4];if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){const err17 = {instancePath:instancePath+"/configs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/namedResources/additionalProperties/type",keyword:"type",params:{type: schema67.additionalProperties.type},message:"must be object,null",schema:schema67.additionalProperties.type,parentSchema:schema67.additionalProperties,data:data12};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}}if(data.secrets !== undefined){let data13 = data.secrets;if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)){const err18 = {instancePath:instancePath+"/secrets",schemaPath:"#/$defs/namedResources/type",keyword:"type",params:{type: schema67.type},message:"must be object,null",schema:schema67.type,parentSchema:schema67,data:data13};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key5 in data13){let data14 = data13[key5];if((!(data14 && typeof data14 == "object" && !Array.isArray(data14))) && (data14 !== null)){const err19 = {instancePath:instancePath+"/secrets/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/namedResources/additionalProperties/type",keyword:"type",params:{type: schema67.additionalProperties.type},message:"must be object,null",schema:schema67.additionalProperties.type,parentSchema:schema67.additionalProperties,data:data14};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate20.errors = vErrors;evaluated0.props = props1;return errors === 0;}validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};const openclaw = validate40;const schema71 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"openclaw","title":"openclaw.json (the model settings clawcheck relies on)","description":"A tolerant schema for OpenClaw's openclaw.json: it checks only where models, providers and thinking are configured. Unknown keys are allowed everywhere, since OpenClaw adds settings in every release.","type":"object","properties":{"agents":{"description":"Agent settings: defaults for every agent, and per-agent settings.","type":"object","properties":{"defaults":{"$ref":"#/$defs/agentSettings","description":"Settings every agent inherits."},"list":{"description":"Per-agent settings (older layout).","x-expected":"a list of agents","anyOf":[{"type":"array","items":{"$ref":"#/$defs/agentSettings"}},{"$ref":"#/$defs/include"}]},"entries":{"description":"Per-agent settings keyed by agent id (newer layout).","type":"object","additionalProperties":{"$ref":"#/$defs/agentSettings"}}}},"models":{"description":"Model catalog settings.","type":"object","properties":{"providers":{"description":"Custom model providers, keyed by provider id (the part of a model reference before the first `/`).","type":"object","additionalProperties":{"$ref":"#/$defs/provider"}}}}},"$defs":{"modelRef":{"description":"A model reference `provider/model` (split at the first `/`).","type":"string","x-expected":"a model reference string (\"provider/model\")"},"modelChoice":{"description":"A model reference, or `{ primary, fallbacks: [] }`.","anyOf":[{"$ref":"#/$defs/modelRef"},{"type":"object","properties":{"primary":{"$ref":"#/$defs/modelRef","description":"The model tried first."},"fallbacks":{"description":"Models tried in order when the primary fails.","type":"array","items":{"$ref":"#/$defs/modelRef"}}}}],"x-expected":"a model reference (\"provider/model\") or a {primary, fallbacks} map"},"thinking":{"description":"Default thinking level (`off`, `minimal`, `low`, `medium`, `high`, `xhigh`, ...).","type":"string","x-expected":"a thinking level string such as \"off\""},"stringMap":{"description":"A map of names to string values.","type":"object","additionalProperties":{"type":"string"}},"agentSettings":{"description":"Settings of one agent (or the defaults for all agents).","type":"object","properties":{"model":{"$ref":"#/$defs/modelChoice"},"imageModel":{"$ref":"#/$defs/modelChoice"},"pdfModel":{"$ref":"#/$defs/modelChoice"},"utilityModel":{"$ref":"#/$defs/modelChoice"},"mediaModels":{"description":"Models for media kinds (`image`, `video`, `music`, ...).","type":"object","additionalProperties":{"$ref":"#/$defs/modelChoice"}},"models":{"description":"Per-model settings keyed by `provider/model`.","type":"object","additionalProperties":{"type":["object","null"]}},"subagents":{"description":"Settings of sub-agents this agent spawns.","type":"object","properties":{"model":{"$ref":"#/$defs/modelChoice"},"thinking":{"$ref":"#/$defs/thinking"}}},"heartbeat":{"description":"Periodic heartbeat runs.","type":"object","properties":{"model":{"$ref":"#/$defs/modelRef"}}},"thinkingDefault":{"$ref":"#/$defs/thinking"},"cliBackends":{"description":"CLI backends (such as `claude-cli`) keyed by id.","type":"object","additionalProperties":{"type":"object","properties":{"env":{"$ref":"#/$defs/stringMap","description":"Environment variables for the CLI backend."}}}}}},"provider":{"description":"A model provider.","type":"object","properties":{"baseUrl":{"description":"The provider's API base URL.","type":"string"},"models":{"description":"Models this provider serves.","x-expected":"a list of models","anyOf":[{"type":"array","items":{"type":"object","required":["id"],"properties":{"id":{"description":"The model id, as sent to the provider.","type":"string"},"name":{"description":"Display name.","type":"string"},"reasoning":{"description":"Whether the model thinks (reasoning mode).","type":"boolean"},"contextWindow":{"description":"Context window in tokens.","type":"number"}}}},{"$ref":"#/$defs/include"}]}}},"include":{"description":"`{ \"$include\": \"path\" }`: the value is read from another file.","type":"object","required":["$include"],"properties":{"$include":{"description":"Path (or paths) of the included file.","type":["string","array"]}},"x-shape-only":true}}};const schema81 = {"description":"`{ \"$include\": \"path\" }`: the value is read from another file.","type":"object","required":["$include"],"properties":{"$include":{"description":"Path (or paths) of the included file.","type":["string","array"]}},"x-shape-only":true};const schema72 = {"description":"Settings of one agent (or the defaults for all agents).","type":"object","properties":{"model":{"$ref":"#/$defs/modelChoice"},"imageModel":{"$ref":"#/$defs/modelChoice"},"pdfModel":{"$ref":"#/$defs/modelChoice"},"utilityModel":{"$ref":"#/$defs/modelChoice"},"mediaModels":{"description":"Models for media kinds (`image`, `video`, `music`, ...).","type":"object","additionalProperties":{"$ref":"#/$defs/modelChoice"}},"models":{"description":"Per-model settings keyed by `provider/model`.","type":"object","additionalProperties":{"type":["object","null"]}},"subagents":{"description":"Settings of sub-agents this agent spawns.","type":"object","properties":{"model":{"$ref":"#/$defs/modelChoice"},"thinking":{"$ref":"#/$defs/thinking"}}},"heartbeat":{"description":"Periodic heartbeat runs.","type":"object","properties":{"model":{"$ref":"#/$defs/modelRef"}}},"thinkingDefault":{"$ref":"#/$defs/thinking"},"cliBackends":{"description":"CLI backends (such as `claude-cli`) keyed by id.","type":"object","additionalProperties":{"type":"object","properties":{"env":{"$ref":"#/$defs/stringMap","description":"Environment variables for the CLI backend."}}}}}};const schema77 = {"description":"Default thinking level (`off`, `minimal`, `low`, `medium`, `high`, `xhigh`, ...).","type":"string","x-expected":"a thinking level string such as \"off\""};const schema74 = {"description":"A model reference `provider/model` (split at the first `/`).","type":"string","x-expected":"a model reference string (\"provider/model\")"};const schema80 = {"description":"A map of names to string values.","type":"object","additionalProperties":{"type":"string"}};const schema73 = {"description":"A model reference, or `{ primary, fallbacks: [] }`.","anyOf":[{"$ref":"#/$defs/modelRef"},{"type":"object","properties":{"primary":{"$ref":"#/$defs/modelRef","description":"The model tried first."},"fallbacks":{"description":"Models tried in order when the primary fails.","type":"array","items":{"$ref":"#/$defs/modelRef"}}}}],"x-expected":"a model reference (\"provider/model\") or a {primary, fallbacks} map"};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate42.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/$defs/modelRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.primary !== undefined){let data0 = data.primary;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/primary",schemaPath:"#/$defs/modelRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.fallbacks !== undefined){let data1 = data.fallbacks;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 !== "string"){const err2 = {instancePath:instancePath+"/fallbacks/" + i0,schemaPath:"#/$defs/modelRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/fallbacks",schemaPath:"#/anyOf/1/properties/fallbacks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.anyOf[1].properties.fallbacks.type,parentSchema:schema73.anyOf[1].properties.fallbacks,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.anyOf[1].type,parentSchema:schema73.anyOf[1],data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs5 === errors;valid0 = valid0 || _valid0;if(_valid0){var props0 = {};props0.primary = true;props0.fallbacks = true;}if(!valid0){const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema73.anyOf,parentSchema:schema73,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate42.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate42.evaluated = {"dynamicProps":true,"dynamicItems":false};function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate41.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.model !== undefined){if(!(validate42(data.model, {instancePath:instancePath+"/model",parentData:data,parentDataProperty:"model",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}if(data.imageModel !== undefined){if(!(validate42(data.imageModel, {instancePath:instancePath+"/imageModel",parentData:data,parentDataProperty:"imageModel",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}if(data.pdfModel !== undefined){if(!(validate42(data.pdfModel, {instancePath:instancePath+"/pdfModel",parentData:data,parentDataProperty:"pdfModel",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}if(data.utilityModel !== undefined){if(!(validate42(data.utilityModel, {instancePath:instancePath+"/utilityModel",parentData:data,parentDataProperty:"utilityModel",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}if(data.mediaModels !== undefined){let data4 = data.mediaModels;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key0 in data4){if(!(validate42(data4[key0], {instancePath:instancePath+"/mediaModels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}}else {const err0 = {instancePath:instancePath+"/mediaModels",schemaPath:"#/properties/mediaModels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.mediaModels.type,parentSchema:schema72.properties.mediaModels,data:data4};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.models !== undefined){let data6 = data.models;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){let data7 = data6[key1];if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){const err1 = {instancePath:instancePath+"/models/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/additionalProperties/type",keyword:"type",params:{type: schema72.properties.models.additionalProperties.type},message:"must be object,null",schema:schema72.properties.models.additionalProperties.type,parentSchema:schema72.properties.models.additionalProperties,data:data7};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.models.type,parentSchema:schema72.properties.models,data:data6};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.subagents !== undefined){let data8 = data.subagents;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.model !== undefined){if(!(validate42(data8.model, {instancePath:instancePath+"/subagents/model",parentData:data8,parentDataProperty:"model",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}if(data8.thinking !== undefined){let data10 = data8.thinking;if(typeof data10 !== "string"){const err3 = {instancePath:instancePath+"/subagents/thinking",schemaPath:"#/$defs/thinking/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.type,parentSchema:schema77,data:data10};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/subagents",schemaPath:"#/properties/subagents/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.subagents.type,parentSchema:schema72.properties.subagents,data:data8};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.heartbeat !== undefined){let data11 = data.heartbeat;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.model !== undefined){let data12 = data11.model;if(typeof data12 !== "string"){const err5 = {instancePath:instancePath+"/heartbeat/model",schemaPath:"#/$defs/modelRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data:data12};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.heartbeat.type,parentSchema:schema72.properties.heartbeat,data:data11};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.thinkingDefault !== undefined){let data13 = data.thinkingDefault;if(typeof data13 !== "string"){const err7 = {instancePath:instancePath+"/thinkingDefault",schemaPath:"#/$defs/thinking/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.type,parentSchema:schema77,data:data13};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.cliBackends !== undefined){let data14 = data.cliBackends;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key2 in data14){let data15 = data14[key2];if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.env !== undefined){let data16 = data15.env;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key3 in data16){let data17 = data16[key3];if(typeof data17 !== "string"){const err8 = {instancePath:instancePath+"/cliBackends/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.additionalProperties.type,parentSchema:schema80.additionalProperties,data:data17};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/cliBackends/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data:data16};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/cliBackends/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/cliBackends/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.cliBackends.additionalProperties.type,parentSchema:schema72.properties.cliBackends.additionalProperties,data:data15};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/cliBackends",schemaPath:"#/properties/cliBackends/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.cliBackends.type,parentSchema:schema72.properties.cliBackends,data:data14};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate41.errors = vErrors;return errors === 0;}validate41.evaluated = {"props":{"model":true,"imageModel":true,"pdfModel":true,"utilityModel":true,"mediaModels":true,"models":true,"subagents":true,"heartbeat":true,"thinkingDefault":true,"cliBackends":true},"dynamicProps":false,"dynamicItems":false};const schema82 = {"description":"A model provider.","type":"object","properties":{"baseUrl":{"description":"The provider's API base URL.","type":"string"},"models":{"description":"Models this provider serves.","x-expected":"a list of models","anyOf":[{"type":"array","items":{"type":"object","required":["id"],"properties":{"id":{"description":"The model id, as sent to the provider.","type":"string"},"name":{"description":"Display name.","type":"string"},"reasoning":{"description":"Whether the model thinks (reasoning mode).","type":"boolean"},"contextWindow":{"description":"Context window in tokens.","type":"number"}}}},{"$ref":"#/$defs/include"}]}}};function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate52.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.baseUrl !== undefined){let data0 = data.baseUrl;if(typeof data0 !== "string"){const err0 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.baseUrl.type,parentSchema:schema82.properties.baseUrl,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.models !== undefined){let data1 = data.models;const _errs4 = errors;let valid1 = false;const _errs5 = errors;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.id === undefined){const err1 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/anyOf/0/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema82.properties.models.anyOf[0].items.required,parentSchema:schema82.properties.models.anyOf[0].items,data:data2};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data2.id !== undefined){let data3 = data2.id;if(typeof data3 !== "string"){const err2 = {instancePath:instancePath+"/models/" + i0+"/id",schemaPath:"#/properties/models/anyOf/0/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.models.anyOf[0].items.properties.id.type,parentSchema:schema82.properties.models.anyOf[0].items.properties.id,data:data3};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data2.name !== undefined){let data4 = data2.name;if(typeof data4 !== "string"){const err3 = {instancePath:instancePath+"/models/" + i0+"/name",schemaPath:"#/properties/models/anyOf/0/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.models.anyOf[0].items.properties.name.type,parentSchema:schema82.properties.models.anyOf[0].items.properties.name,data:data4};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data2.reasoning !== undefined){let data5 = data2.reasoning;if(typeof data5 !== "boolean"){const err4 = {instancePath:instancePath+"/models/" + i0+"/reasoning",schemaPath:"#/properties/models/anyOf/0/items/properties/reasoning/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema82.properties.models.anyOf[0].items.properties.reasoning.type,parentSchema:schema82.properties.models.anyOf[0].items.properties.reasoning,data:data5};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data2.contextWindow !== undefined){let data6 = data2.contextWindow;if(!((typeof data6 == "number") && (isFinite(data6)))){const err5 = {instancePath:instancePath+"/models/" + i0+"/contextWindow",schemaPath:"#/properties/models/anyOf/0/items/properties/contextWindow/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema82.properties.models.anyOf[0].items.properties.contextWindow.type,parentSchema:schema82.properties.models.anyOf[0].items.properties.contextWindow,data:data6};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.properties.models.anyOf[0].items.type,parentSchema:schema82.properties.models.anyOf[0].items,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.models.anyOf[0].type,parentSchema:schema82.properties.models.anyOf[0],data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs5 === errors;valid1 = valid1 || _valid0;const _errs17 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.$include === undefined){const err8 = {instancePath:instancePath+"/models",schemaPath:"#/$defs/include/required",keyword:"required",params:{missingProperty: "$include"},message:"must have required property '"+"$include"+"'",schema:schema81.required,parentSchema:schema81,data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data1.$include !== undefined){let data7 = data1.$include;if((typeof data7 !== "string") && (!(Array.isArray(data7)))){const err9 = {instancePath:instancePath+"/models/$include",schemaPath:"#/$defs/include/properties/%24include/type",keyword:"type",params:{type: schema81.properties.$include.type},message:"must be string,array",schema:schema81.properties.$include.type,parentSchema:schema81.properties.$include,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/models",schemaPath:"#/$defs/include/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid0 = _errs17 === errors;valid1 = valid1 || _valid0;if(_valid0){var props0 = {};props0.$include = true;}if(!valid1){const err11 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema82.properties.models.anyOf,parentSchema:schema82.properties.models,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}else {errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate52.errors = vErrors;return errors === 0;}validate52.evaluated = {"props":{"baseUrl":true,"models":true},"dynamicProps":false,"dynamicItems":false};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="openclaw" */;let vErrors = null;let errors = 0;const evaluated0 = validate40.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.agents !== undefined){let data0 = data.agents;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.defaults !== undefined){if(!(validate41(data0.defaults, {instancePath:instancePath+"/agents/defaults",parentData:data0,parentDataProperty:"defaults",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}if(data0.list !== undefined){let data2 = data0.list;const _errs5 = errors;let valid2 = false;const _errs6 = errors;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate41(data2[i0], {instancePath:instancePath+"/agents/list/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}}else {const err0 = {instancePath:instancePath+"/agents/list",schemaPath:"#/properties/agents/properties/list/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.properties.agents.properties.list.anyOf[0].type,parentSchema:schema71.properties.agents.properties.list.anyOf[0],data:data2};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs6 === errors;valid2 = valid2 || _valid0;const _errs9 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.$include === undefined){const err1 = {instancePath:instancePath+"/agents/list",schemaPath:"#/$defs/include/required",keyword:"required",params:{missingProperty: "$include"},message:"must have required property '"+"$include"+"'",schema:schema81.required,parentSchema:schema81,data:data2};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data2.$include !== undefined){let data4 = data2.$include;if((typeof data4 !== "string") && (!(Array.isArray(data4)))){const err2 = {instancePath:instancePath+"/agents/list/$include",schemaPath:"#/$defs/include/properties/%24include/type",keyword:"type",params:{type: schema81.properties.$include.type},message:"must be string,array",schema:schema81.properties.$include.type,parentSchema:schema81.properties.$include,data:data4};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/agents/list",schemaPath:"#/$defs/include/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs9 === errors;valid2 = valid2 || _valid0;if(_valid0){var props0 = {};props0.$include = true;}if(!valid2){const err4 = {instancePath:instancePath+"/agents/list",schemaPath:"#/properties/agents/properties/list/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema71.properties.agents.properties.list.anyOf,parentSchema:schema71.properties.agents.properties.list,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}if(data0.entries !== undefined){let data5 = data0.entries;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key0 in data5){if(!(validate41(data5[key0], {instancePath:instancePath+"/agents/entries/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}}else {const err5 = {instancePath:instancePath+"/agents/entries",schemaPath:"#/properties/agents/properties/entries/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.properties.agents.properties.entries.type,parentSchema:schema71.properties.agents.properties.entries,data:data5};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/agents",schemaPath:"#/properties/agents/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.properties.agents.type,parentSchema:schema71.properties.agents,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.models !== undefined){let data7 = data.models;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.providers !== undefined){let data8 = data7.providers;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key1 in data8){if(!(validate52(data8[key1], {instancePath:instancePath+"/models/providers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/models/providers",schemaPath:"#/properties/models/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.properties.models.properties.providers.type,parentSchema:schema71.properties.models.properties.providers,data:data8};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.properties.models.type,parentSchema:schema71.properties.models,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate40.errors = vErrors;return errors === 0;}validate40.evaluated = {"props":{"agents":true,"models":true},"dynamicProps":false,"dynamicItems":false};const policy = validate54;const schema84 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"policy","title":"clawcheck policy (.clawcheck.yml)","description":"What clawcheck checks and how strictly. Settings are merged over the policy named in `extends` (`recommended` by default).","type":"object","properties":{"$schema":{"type":"string","description":"Path or URL of this JSON schema, for editors."},"extends":{"description":"Policy this one builds on: `recommended`, `none`, or a relative path to another policy file (or a list of those, applied in order).","anyOf":[{"$ref":"#/$defs/extendsItem"},{"type":"array","items":{"$ref":"#/$defs/extendsItem"}}],"x-expected":"\"recommended\", \"none\", a relative path to a policy file, or a list of those"},"rules":{"$ref":"#/$defs/rules","description":"Rule settings keyed by rule id: a severity, or `{ severity, options, allowSuppression }`."},"proxy":{"type":"object","description":"How clawcheck recognises the claude-code-proxy service in compose files.","properties":{"images":{"type":"array","items":{"type":"string"},"description":"Image repository names (last path segment) that make a service the proxy."},"variables":{"type":"array","items":{"type":"string"},"description":"Environment variables whose presence makes a service the proxy."},"services":{"type":"array","items":{"type":"string"},"description":"Service names that are always the proxy."}},"additionalProperties":false},"cloudru":{"type":"object","description":"How clawcheck recognises Cloud.ru Foundation Models providers.","properties":{"hosts":{"type":"array","items":{"type":"string"},"description":"Host names of Cloud.ru FM endpoints."},"localProxyPorts":{"type":"array","items":{"type":"integer","minimum":1,"maximum":65535},"description":"Ports of the local proxy on localhost / 127.0.0.1."},"providers":{"type":"array","items":{"type":"string"},"description":"openclaw provider ids always treated as Cloud.ru FM."}},"additionalProperties":false},"include":{"type":"array","items":{"type":"string"},"description":"Glob patterns of files to check in addition to the ones found by name."},"exclude":{"type":"array","items":{"type":"string"},"description":"Glob patterns of files never to check."},"maxFileSize":{"type":"integer","minimum":1,"description":"Files larger than this many bytes are skipped (and reported)."},"overrides":{"type":"array","description":"Rule settings for some files only, applied in order after `rules`.","items":{"type":"object","description":"Rule settings for the files matching `files`.","required":["files"],"properties":{"files":{"type":"array","items":{"type":"string"},"minItems":1,"description":"Glob patterns of the files this override applies to."},"rules":{"$ref":"#/$defs/rules","description":"Rule settings for these files, as in the top-level `rules`."}},"additionalProperties":false}}},"additionalProperties":false,"$defs":{"severity":{"description":"How a finding of this rule is reported: `off` disables the rule.","enum":["off","info","warning","error"],"x-expected":"one of \"off\", \"info\", \"warning\", \"error\""},"extendsItem":{"description":"`recommended`, `none`, or a relative path to a policy file.","anyOf":[{"enum":["recommended","none"]},{"type":"string"}],"x-expected":"\"recommended\", \"none\" or a relative path to a policy file"},"rules":{"type":"object","description":"Rule settings keyed by rule id: a severity, or `{ severity, options, allowSuppression }`.","properties":{"banned-model":{"description":"Model ids that fail on Cloud.ru FM (in compose tiers and openclaw.json model references).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"patterns":{"type":"array","items":{"type":"string"},"description":"Case-insensitive regular expressions matched against the end of a model id."},"replacement":{"type":"string","description":"The model id the fixer writes instead of a banned one."},"everywhere":{"type":"boolean","description":"true: ban these ids in every context, not only through Cloud.ru FM."},"nameSeverity":{"$ref":"#/$defs/severity","description":"Severity for a display `name` that mentions a banned id."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"disable-thinking":{"description":"The proxy must disable thinking mode (Cloud.ru FM returns `content: null`).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"variable":{"type":"string","description":"Environment variable of the proxy that disables thinking."},"value":{"type":"string","description":"The exact value it must have."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"proxy-image-tag":{"description":"The proxy image must use a published tag (or a digest).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"image":{"type":"string","description":"`owner/name` of the image the rule applies to (any registry prefix)."},"allowedTags":{"type":"array","items":{"type":"string"},"description":"Tags that are published and allowed."},"allowDigest":{"type":"boolean","description":"Whether a `@sha256:` digest is accepted instead of a tag."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"proxy-read-only":{"description":"The proxy must not run with `read_only: true` (its entrypoint writes to the filesystem).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"proxy-user":{"description":"The proxy must run as root (its entrypoint writes /app/.venv and /root/.cache).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"allowedUsers":{"type":"array","items":{"type":"string"},"description":"Values of `user:` that are accepted."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"model-tiers":{"description":"The proxy's model tiers and required variables are set, with no legacy names and integer limits.","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"tiers":{"type":"array","items":{"type":"string"},"description":"Tier variables that must be set (BIG_MODEL, MIDDLE_MODEL, SMALL_MODEL)."},"required":{"type":"array","items":{"type":"string"},"description":"Variables the proxy needs to start."},"legacy":{"type":"object","description":"Legacy variable names the proxy does not read, mapped to the name it reads.","additionalProperties":{"type":"string"}},"integers":{"type":"array","items":{"type":"string"},"description":"Variables whose value must be an integer."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"openclaw-thinking":{"description":"openclaw.json's default thinking level for Cloud.ru FM models.","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"thinkingDefault":{"type":"string","description":"The required `agents.defaults.thinkingDefault`."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"schema":{"description":"Files must match the structure clawcheck expects (compose, openclaw.json, .clawcheck.yml).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"parse-error":{"description":"Files must parse (YAML / JSON5).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"invalid-suppression":{"description":"clawcheck-disable-next-line comments without a reason, for unknown rules, or for rules the policy keeps unsuppressible.","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"fix-failed":{"description":"Fixes computed for a file but not applied, because the result would not parse or would still have the problems.","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"}},"additionalProperties":false,"x-key-noun":"rule"}}};const schema85 = {"description":"`recommended`, `none`, or a relative path to a policy file.","anyOf":[{"enum":["recommended","none"]},{"type":"string"}],"x-expected":"\"recommended\", \"none\" or a relative path to a policy file"};const func1 = Object.prototype.hasOwnProperty;const schema87 = {"type":"object","description":"Rule settings keyed by rule id: a severity, or `{ severity, options, allowSuppression }`.","properties":{"banned-model":{"description":"Model ids that fail on Cloud.ru FM (in compose tiers and openclaw.json model references).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"patterns":{"type":"array","items":{"type":"string"},"description":"Case-insensitive regular expressions matched against the end of a model id."},"replacement":{"type":"string","description":"The model id the fixer writes instead of a banned one."},"everywhere":{"type":"boolean","description":"true: ban these ids in every context, not only through Cloud.ru FM."},"nameSeverity":{"$ref":"#/$defs/severity","description":"Severity for a display `name` that mentions a banned id."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"disable-thinking":{"description":"The proxy must disable thinking mode (Cloud.ru FM returns `content: null`).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"variable":{"type":"string","description":"Environment variable of the proxy that disables thinking."},"value":{"type":"string","description":"The exact value it must have."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"proxy-image-tag":{"description":"The proxy image must use a published tag (or a digest).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"image":{"type":"string","description":"`owner/name` of the image the rule applies to (any registry prefix)."},"allowedTags":{"type":"array","items":{"type":"string"},"description":"Tags that are published and allowed."},"allowDigest":{"type":"boolean","description":"Whether a `@sha256:` digest is accepted instead of a tag."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"proxy-read-only":{"description":"The proxy must not run with `read_only: true` (its entrypoint writes to the filesystem).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"proxy-user":{"description":"The proxy must run as root (its entrypoint writes /app/.venv and /root/.cache).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"allowedUsers":{"type":"array","items":{"type":"string"},"description":"Values of `user:` that are accepted."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"model-tiers":{"description":"The proxy's model tiers and required variables are set, with no legacy names and integer limits.","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"tiers":{"type":"array","items":{"type":"string"},"description":"Tier variables that must be set (BIG_MODEL, MIDDLE_MODEL, SMALL_MODEL)."},"required":{"type":"array","items":{"type":"string"},"description":"Variables the proxy needs to start."},"legacy":{"type":"object","description":"Legacy variable names the proxy does not read, mapped to the name it reads.","additionalProperties":{"type":"string"}},"integers":{"type":"array","items":{"type":"string"},"description":"Variables whose value must be an integer."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"openclaw-thinking":{"description":"openclaw.json's default thinking level for Cloud.ru FM models.","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{"thinkingDefault":{"type":"string","description":"The required `agents.defaults.thinkingDefault`."}},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"schema":{"description":"Files must match the structure clawcheck expects (compose, openclaw.json, .clawcheck.yml).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"parse-error":{"description":"Files must parse (YAML / JSON5).","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"invalid-suppression":{"description":"clawcheck-disable-next-line comments without a reason, for unknown rules, or for rules the policy keeps unsuppressible.","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"},"fix-failed":{"description":"Fixes computed for a file but not applied, because the result would not parse or would still have the problems.","anyOf":[{"$ref":"#/$defs/severity"},{"type":"object","description":"The rule's severity, options, whether inline comments may silence it, and whether its suggestion fixes apply with --fix.","properties":{"severity":{"$ref":"#/$defs/severity","description":"How a finding of this rule is reported: `off` disables the rule."},"options":{"type":"object","description":"Options of this rule.","properties":{},"additionalProperties":false},"allowSuppression":{"type":"boolean","description":"false: a `clawcheck-disable-next-line` comment cannot silence this rule."},"autofix":{"type":"boolean","description":"true: `--fix` also applies this rule's suggestion-level fixes (those that change behaviour beyond the policy's intent), as `--fix-type suggestion` would."}},"additionalProperties":false}],"x-expected":"a severity (\"off\", \"info\", \"warning\" or \"error\") or a map with severity, options and allowSuppression"}},"additionalProperties":false,"x-key-noun":"rule"};const schema88 = {"description":"How a finding of this rule is reported: `off` disables the rule.","enum":["off","info","warning","error"],"x-expected":"one of \"off\", \"info\", \"warning\", \"error\""};function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate55.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema87.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data["banned-model"] !== undefined){let data0 = data["banned-model"];const _errs4 = errors;let valid1 = false;const _errs5 = errors;if(!((((data0 === "off") || (data0 === "info")) || (data0 === "warning")) || (data0 === "error"))){const err1 = {instancePath:instancePath+"/banned-model",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs5 === errors;valid1 = valid1 || _valid0;const _errs8 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!((((key1 === "severity") || (key1 === "options")) || (key1 === "allowSuppression")) || (key1 === "autofix"))){const err2 = {instancePath:instancePath+"/banned-model",schemaPath:"#/properties/banned-model/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["banned-model"].anyOf[1],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.severity !== undefined){let data1 = data0.severity;if(!((((data1 === "off") || (data1 === "info")) || (data1 === "warning")) || (data1 === "error"))){const err3 = {instancePath:instancePath+"/banned-model/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.options !== undefined){let data2 = data0.options;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){if(!((((key2 === "patterns") || (key2 === "replacement")) || (key2 === "everywhere")) || (key2 === "nameSeverity"))){const err4 = {instancePath:instancePath+"/banned-model/options",schemaPath:"#/properties/banned-model/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["banned-model"].anyOf[1].properties.options,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data2.patterns !== undefined){let data3 = data2.patterns;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/banned-model/options/patterns/" + i0,schemaPath:"#/properties/banned-model/anyOf/1/properties/options/properties/patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["banned-model"].anyOf[1].properties.options.properties.patterns.items.type,parentSchema:schema87.properties["banned-model"].anyOf[1].properties.options.properties.patterns.items,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/banned-model/options/patterns",schemaPath:"#/properties/banned-model/anyOf/1/properties/options/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties["banned-model"].anyOf[1].properties.options.properties.patterns.type,parentSchema:schema87.properties["banned-model"].anyOf[1].properties.options.properties.patterns,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data2.replacement !== undefined){let data5 = data2.replacement;if(typeof data5 !== "string"){const err7 = {instancePath:instancePath+"/banned-model/options/replacement",schemaPath:"#/properties/banned-model/anyOf/1/properties/options/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["banned-model"].anyOf[1].properties.options.properties.replacement.type,parentSchema:schema87.properties["banned-model"].anyOf[1].properties.options.properties.replacement,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data2.everywhere !== undefined){let data6 = data2.everywhere;if(typeof data6 !== "boolean"){const err8 = {instancePath:instancePath+"/banned-model/options/everywhere",schemaPath:"#/properties/banned-model/anyOf/1/properties/options/properties/everywhere/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["banned-model"].anyOf[1].properties.options.properties.everywhere.type,parentSchema:schema87.properties["banned-model"].anyOf[1].properties.options.properties.everywhere,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data2.nameSeverity !== undefined){let data7 = data2.nameSeverity;if(!((((data7 === "off") || (data7 === "info")) || (data7 === "warning")) || (data7 === "error"))){const err9 = {instancePath:instancePath+"/banned-model/options/nameSeverity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/banned-model/options",schemaPath:"#/properties/banned-model/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["banned-model"].anyOf[1].properties.options.type,parentSchema:schema87.properties["banned-model"].anyOf[1].properties.options,data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data0.allowSuppression !== undefined){let data8 = data0.allowSuppression;if(typeof data8 !== "boolean"){const err11 = {instancePath:instancePath+"/banned-model/allowSuppression",schemaPath:"#/properties/banned-model/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["banned-model"].anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties["banned-model"].anyOf[1].properties.allowSuppression,data:data8};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data0.autofix !== undefined){let data9 = data0.autofix;if(typeof data9 !== "boolean"){const err12 = {instancePath:instancePath+"/banned-model/autofix",schemaPath:"#/properties/banned-model/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["banned-model"].anyOf[1].properties.autofix.type,parentSchema:schema87.properties["banned-model"].anyOf[1].properties.autofix,data:data9};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/banned-model",schemaPath:"#/properties/banned-model/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["banned-model"].anyOf[1].type,parentSchema:schema87.properties["banned-model"].anyOf[1],data:data0};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid0 = _errs8 === errors;valid1 = valid1 || _valid0;if(!valid1){const err14 = {instancePath:instancePath+"/banned-model",schemaPath:"#/properties/banned-model/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties["banned-model"].anyOf,parentSchema:schema87.properties["banned-model"],data:data0};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}else {errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}}}if(data["disable-thinking"] !== undefined){let data10 = data["disable-thinking"];const _errs34 = errors;let valid9 = false;const _errs35 = errors;if(!((((data10 === "off") || (data10 === "info")) || (data10 === "warning")) || (data10 === "error"))){const err15 = {instancePath:instancePath+"/disable-thinking",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data10};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid1 = _errs35 === errors;valid9 = valid9 || _valid1;const _errs38 = errors;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key3 in data10){if(!((((key3 === "severity") || (key3 === "options")) || (key3 === "allowSuppression")) || (key3 === "autofix"))){const err16 = {instancePath:instancePath+"/disable-thinking",schemaPath:"#/properties/disable-thinking/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["disable-thinking"].anyOf[1],data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data10.severity !== undefined){let data11 = data10.severity;if(!((((data11 === "off") || (data11 === "info")) || (data11 === "warning")) || (data11 === "error"))){const err17 = {instancePath:instancePath+"/disable-thinking/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data11};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data10.options !== undefined){let data12 = data10.options;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key4 in data12){if(!((key4 === "variable") || (key4 === "value"))){const err18 = {instancePath:instancePath+"/disable-thinking/options",schemaPath:"#/properties/disable-thinking/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["disable-thinking"].anyOf[1].properties.options,data:data12};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data12.variable !== undefined){let data13 = data12.variable;if(typeof data13 !== "string"){const err19 = {instancePath:instancePath+"/disable-thinking/options/variable",schemaPath:"#/properties/disable-thinking/anyOf/1/properties/options/properties/variable/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["disable-thinking"].anyOf[1].properties.options.properties.variable.type,parentSchema:schema87.properties["disable-thinking"].anyOf[1].properties.options.properties.variable,data:data13};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data12.value !== undefined){let data14 = data12.value;if(typeof data14 !== "string"){const err20 = {instancePath:instancePath+"/disable-thinking/options/value",schemaPath:"#/properties/disable-thinking/anyOf/1/properties/options/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["disable-thinking"].anyOf[1].properties.options.properties.value.type,parentSchema:schema87.properties["disable-thinking"].anyOf[1].properties.options.properties.value,data:data14};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/disable-thinking/options",schemaPath:"#/properties/disable-thinking/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["disable-thinking"].anyOf[1].properties.options.type,parentSchema:schema87.properties["disable-thinking"].anyOf[1].properties.options,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data10.allowSuppression !== undefined){let data15 = data10.allowSuppression;if(typeof data15 !== "boolean"){const err22 = {instancePath:instancePath+"/disable-thinking/allowSuppression",schemaPath:"#/properties/disable-thinking/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["disable-thinking"].anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties["disable-thinking"].anyOf[1].properties.allowSuppression,data:data15};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data10.autofix !== undefined){let data16 = data10.autofix;if(typeof data16 !== "boolean"){const err23 = {instancePath:instancePath+"/disable-thinking/autofix",schemaPath:"#/properties/disable-thinking/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["disable-thinking"].anyOf[1].properties.autofix.type,parentSchema:schema87.properties["disable-thinking"].anyOf[1].properties.autofix,data:data16};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/disable-thinking",schemaPath:"#/properties/disable-thinking/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["disable-thinking"].anyOf[1].type,parentSchema:schema87.properties["disable-thinking"].anyOf[1],data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}var _valid1 = _errs38 === errors;valid9 = valid9 || _valid1;if(!valid9){const err25 = {instancePath:instancePath+"/disable-thinking",schemaPath:"#/properties/disable-thinking/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties["disable-thinking"].anyOf,parentSchema:schema87.properties["disable-thinking"],data:data10};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}else {errors = _errs34;if(vErrors !== null){if(_errs34){vErrors.length = _errs34;}else {vErrors = null;}}}}if(data["proxy-image-tag"] !== undefined){let data17 = data["proxy-image-tag"];const _errs57 = errors;let valid14 = false;const _errs58 = errors;if(!((((data17 === "off") || (data17 === "info")) || (data17 === "warning")) || (data17 === "error"))){const err26 = {instancePath:instancePath+"/proxy-image-tag",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data17};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}var _valid2 = _errs58 === errors;valid14 = valid14 || _valid2;const _errs61 = errors;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key5 in data17){if(!((((key5 === "severity") || (key5 === "options")) || (key5 === "allowSuppression")) || (key5 === "autofix"))){const err27 = {instancePath:instancePath+"/proxy-image-tag",schemaPath:"#/properties/proxy-image-tag/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["proxy-image-tag"].anyOf[1],data:data17};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data17.severity !== undefined){let data18 = data17.severity;if(!((((data18 === "off") || (data18 === "info")) || (data18 === "warning")) || (data18 === "error"))){const err28 = {instancePath:instancePath+"/proxy-image-tag/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data18};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data17.options !== undefined){let data19 = data17.options;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key6 in data19){if(!(((key6 === "image") || (key6 === "allowedTags")) || (key6 === "allowDigest"))){const err29 = {instancePath:instancePath+"/proxy-image-tag/options",schemaPath:"#/properties/proxy-image-tag/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options,data:data19};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data19.image !== undefined){let data20 = data19.image;if(typeof data20 !== "string"){const err30 = {instancePath:instancePath+"/proxy-image-tag/options/image",schemaPath:"#/properties/proxy-image-tag/anyOf/1/properties/options/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options.properties.image.type,parentSchema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options.properties.image,data:data20};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data19.allowedTags !== undefined){let data21 = data19.allowedTags;if(Array.isArray(data21)){const len1 = data21.length;for(let i1=0; i1<len1; i1++){let data22 = data21[i1];if(typeof data22 !== "string"){const err31 = {instancePath:instancePath+"/proxy-image-tag/options/allowedTags/" + i1,schemaPath:"#/properties/proxy-image-tag/anyOf/1/properties/options/properties/allowedTags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options.properties.allowedTags.items.type,parentSchema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options.properties.allowedTags.items,data:data22};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/proxy-image-tag/options/allowedTags",schemaPath:"#/properties/proxy-image-tag/anyOf/1/properties/options/properties/allowedTags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options.properties.allowedTags.type,parentSchema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options.properties.allowedTags,data:data21};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data19.allowDigest !== undefined){let data23 = data19.allowDigest;if(typeof data23 !== "boolean"){const err33 = {instancePath:instancePath+"/proxy-image-tag/options/allowDigest",schemaPath:"#/properties/proxy-image-tag/anyOf/1/properties/options/properties/allowDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options.properties.allowDigest.type,parentSchema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options.properties.allowDigest,data:data23};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/proxy-image-tag/options",schemaPath:"#/properties/proxy-image-tag/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options.type,parentSchema:schema87.properties["proxy-image-tag"].anyOf[1].properties.options,data:data19};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data17.allowSuppression !== undefined){let data24 = data17.allowSuppression;if(typeof data24 !== "boolean"){const err35 = {instancePath:instancePath+"/proxy-image-tag/allowSuppression",schemaPath:"#/properties/proxy-image-tag/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["proxy-image-tag"].anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties["proxy-image-tag"].anyOf[1].properties.allowSuppression,data:data24};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data17.autofix !== undefined){let data25 = data17.autofix;if(typeof data25 !== "boolean"){const err36 = {instancePath:instancePath+"/proxy-image-tag/autofix",schemaPath:"#/properties/proxy-image-tag/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["proxy-image-tag"].anyOf[1].properties.autofix.type,parentSchema:schema87.properties["proxy-image-tag"].anyOf[1].properties.autofix,data:data25};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/proxy-image-tag",schemaPath:"#/properties/proxy-image-tag/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["proxy-image-tag"].anyOf[1].type,parentSchema:schema87.properties["proxy-image-tag"].anyOf[1],data:data17};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}var _valid2 = _errs61 === errors;valid14 = valid14 || _valid2;if(!valid14){const err38 = {instancePath:instancePath+"/proxy-image-tag",schemaPath:"#/properties/proxy-image-tag/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties["proxy-image-tag"].anyOf,parentSchema:schema87.properties["proxy-image-tag"],data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}else {errors = _errs57;if(vErrors !== null){if(_errs57){vErrors.length = _errs57;}else {vErrors = null;}}}}if(data["proxy-read-only"] !== undefined){let data26 = data["proxy-read-only"];const _errs84 = errors;let valid21 = false;const _errs85 = errors;if(!((((data26 === "off") || (data26 === "info")) || (data26 === "warning")) || (data26 === "error"))){const err39 = {instancePath:instancePath+"/proxy-read-only",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data26};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid3 = _errs85 === errors;valid21 = valid21 || _valid3;const _errs88 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){for(const key7 in data26){if(!((((key7 === "severity") || (key7 === "options")) || (key7 === "allowSuppression")) || (key7 === "autofix"))){const err40 = {instancePath:instancePath+"/proxy-read-only",schemaPath:"#/properties/proxy-read-only/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["proxy-read-only"].anyOf[1],data:data26};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data26.severity !== undefined){let data27 = data26.severity;if(!((((data27 === "off") || (data27 === "info")) || (data27 === "warning")) || (data27 === "error"))){const err41 = {instancePath:instancePath+"/proxy-read-only/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data27};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data26.options !== undefined){let data28 = data26.options;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){for(const key8 in data28){const err42 = {instancePath:instancePath+"/proxy-read-only/options",schemaPath:"#/properties/proxy-read-only/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["proxy-read-only"].anyOf[1].properties.options,data:data28};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/proxy-read-only/options",schemaPath:"#/properties/proxy-read-only/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["proxy-read-only"].anyOf[1].properties.options.type,parentSchema:schema87.properties["proxy-read-only"].anyOf[1].properties.options,data:data28};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data26.allowSuppression !== undefined){let data29 = data26.allowSuppression;if(typeof data29 !== "boolean"){const err44 = {instancePath:instancePath+"/proxy-read-only/allowSuppression",schemaPath:"#/properties/proxy-read-only/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["proxy-read-only"].anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties["proxy-read-only"].anyOf[1].properties.allowSuppression,data:data29};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data26.autofix !== undefined){let data30 = data26.autofix;if(typeof data30 !== "boolean"){const err45 = {instancePath:instancePath+"/proxy-read-only/autofix",schemaPath:"#/properties/proxy-read-only/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["proxy-read-only"].anyOf[1].properties.autofix.type,parentSchema:schema87.properties["proxy-read-only"].anyOf[1].properties.autofix,data:data30};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/proxy-read-only",schemaPath:"#/properties/proxy-read-only/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["proxy-read-only"].anyOf[1].type,parentSchema:schema87.properties["proxy-read-only"].anyOf[1],data:data26};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}var _valid3 = _errs88 === errors;valid21 = valid21 || _valid3;if(!valid21){const err47 = {instancePath:instancePath+"/proxy-read-only",schemaPath:"#/properties/proxy-read-only/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties["proxy-read-only"].anyOf,parentSchema:schema87.properties["proxy-read-only"],data:data26};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}else {errors = _errs84;if(vErrors !== null){if(_errs84){vErrors.length = _errs84;}else {vErrors = null;}}}}if(data["proxy-user"] !== undefined){let data31 = data["proxy-user"];const _errs103 = errors;let valid25 = false;const _errs104 = errors;if(!((((data31 === "off") || (data31 === "info")) || (data31 === "warning")) || (data31 === "error"))){const err48 = {instancePath:instancePath+"/proxy-user",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data31};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}var _valid4 = _errs104 === errors;valid25 = valid25 || _valid4;const _errs107 = errors;if(data31 && typeof data31 == "object" && !Array.isArray(data31)){for(const key9 in data31){if(!((((key9 === "severity") || (key9 === "options")) || (key9 === "allowSuppression")) || (key9 === "autofix"))){const err49 = {instancePath:instancePath+"/proxy-user",schemaPath:"#/properties/proxy-user/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["proxy-user"].anyOf[1],data:data31};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data31.severity !== undefined){let data32 = data31.severity;if(!((((data32 === "off") || (data32 === "info")) || (data32 === "warning")) || (data32 === "error"))){const err50 = {instancePath:instancePath+"/proxy-user/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data32};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data31.options !== undefined){let data33 = data31.options;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key10 in data33){if(!(key10 === "allowedUsers")){const err51 = {instancePath:instancePath+"/proxy-user/options",schemaPath:"#/properties/proxy-user/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["proxy-user"].anyOf[1].properties.options,data:data33};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data33.allowedUsers !== undefined){let data34 = data33.allowedUsers;if(Array.isArray(data34)){const len2 = data34.length;for(let i2=0; i2<len2; i2++){let data35 = data34[i2];if(typeof data35 !== "string"){const err52 = {instancePath:instancePath+"/proxy-user/options/allowedUsers/" + i2,schemaPath:"#/properties/proxy-user/anyOf/1/properties/options/properties/allowedUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["proxy-user"].anyOf[1].properties.options.properties.allowedUsers.items.type,parentSchema:schema87.properties["proxy-user"].anyOf[1].properties.options.properties.allowedUsers.items,data:data35};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/proxy-user/options/allowedUsers",schemaPath:"#/properties/proxy-user/anyOf/1/properties/options/properties/allowedUsers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties["proxy-user"].anyOf[1].properties.options.properties.allowedUsers.type,parentSchema:schema87.properties["proxy-user"].anyOf[1].properties.options.properties.allowedUsers,data:data34};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/proxy-user/options",schemaPath:"#/properties/proxy-user/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["proxy-user"].anyOf[1].properties.options.type,parentSchema:schema87.properties["proxy-user"].anyOf[1].properties.options,data:data33};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data31.allowSuppression !== undefined){let data36 = data31.allowSuppression;if(typeof data36 !== "boolean"){const err55 = {instancePath:instancePath+"/proxy-user/allowSuppression",schemaPath:"#/properties/proxy-user/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["proxy-user"].anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties["proxy-user"].anyOf[1].properties.allowSuppression,data:data36};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data31.autofix !== undefined){let data37 = data31.autofix;if(typeof data37 !== "boolean"){const err56 = {instancePath:instancePath+"/proxy-user/autofix",schemaPath:"#/properties/proxy-user/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["proxy-user"].anyOf[1].properties.autofix.type,parentSchema:schema87.properties["proxy-user"].anyOf[1].properties.autofix,data:data37};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/proxy-user",schemaPath:"#/properties/proxy-user/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["proxy-user"].anyOf[1].type,parentSchema:schema87.properties["proxy-user"].anyOf[1],data:data31};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}var _valid4 = _errs107 === errors;valid25 = valid25 || _valid4;if(!valid25){const err58 = {instancePath:instancePath+"/proxy-user",schemaPath:"#/properties/proxy-user/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties["proxy-user"].anyOf,parentSchema:schema87.properties["proxy-user"],data:data31};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}else {errors = _errs103;if(vErrors !== null){if(_errs103){vErrors.length = _errs103;}else {vErrors = null;}}}}if(data["model-tiers"] !== undefined){let data38 = data["model-tiers"];const _errs126 = errors;let valid32 = false;const _errs127 = errors;if(!((((data38 === "off") || (data38 === "info")) || (data38 === "warning")) || (data38 === "error"))){const err59 = {instancePath:instancePath+"/model-tiers",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data38};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}var _valid5 = _errs127 === errors;valid32 = valid32 || _valid5;const _errs130 = errors;if(data38 && typeof data38 == "object" && !Array.isArray(data38)){for(const key11 in data38){if(!((((key11 === "severity") || (key11 === "options")) || (key11 === "allowSuppression")) || (key11 === "autofix"))){const err60 = {instancePath:instancePath+"/model-tiers",schemaPath:"#/properties/model-tiers/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["model-tiers"].anyOf[1],data:data38};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data38.severity !== undefined){let data39 = data38.severity;if(!((((data39 === "off") || (data39 === "info")) || (data39 === "warning")) || (data39 === "error"))){const err61 = {instancePath:instancePath+"/model-tiers/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data39};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data38.options !== undefined){let data40 = data38.options;if(data40 && typeof data40 == "object" && !Array.isArray(data40)){for(const key12 in data40){if(!((((key12 === "tiers") || (key12 === "required")) || (key12 === "legacy")) || (key12 === "integers"))){const err62 = {instancePath:instancePath+"/model-tiers/options",schemaPath:"#/properties/model-tiers/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.options,data:data40};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data40.tiers !== undefined){let data41 = data40.tiers;if(Array.isArray(data41)){const len3 = data41.length;for(let i3=0; i3<len3; i3++){let data42 = data41[i3];if(typeof data42 !== "string"){const err63 = {instancePath:instancePath+"/model-tiers/options/tiers/" + i3,schemaPath:"#/properties/model-tiers/anyOf/1/properties/options/properties/tiers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.tiers.items.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.tiers.items,data:data42};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/model-tiers/options/tiers",schemaPath:"#/properties/model-tiers/anyOf/1/properties/options/properties/tiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.tiers.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.tiers,data:data41};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data40.required !== undefined){let data43 = data40.required;if(Array.isArray(data43)){const len4 = data43.length;for(let i4=0; i4<len4; i4++){let data44 = data43[i4];if(typeof data44 !== "string"){const err65 = {instancePath:instancePath+"/model-tiers/options/required/" + i4,schemaPath:"#/properties/model-tiers/anyOf/1/properties/options/properties/required/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.required.items.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.required.items,data:data44};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/model-tiers/options/required",schemaPath:"#/properties/model-tiers/anyOf/1/properties/options/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.required.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.required,data:data43};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data40.legacy !== undefined){let data45 = data40.legacy;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){for(const key13 in data45){let data46 = data45[key13];if(typeof data46 !== "string"){const err67 = {instancePath:instancePath+"/model-tiers/options/legacy/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/model-tiers/anyOf/1/properties/options/properties/legacy/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.legacy.additionalProperties.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.legacy.additionalProperties,data:data46};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/model-tiers/options/legacy",schemaPath:"#/properties/model-tiers/anyOf/1/properties/options/properties/legacy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.legacy.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.legacy,data:data45};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data40.integers !== undefined){let data47 = data40.integers;if(Array.isArray(data47)){const len5 = data47.length;for(let i5=0; i5<len5; i5++){let data48 = data47[i5];if(typeof data48 !== "string"){const err69 = {instancePath:instancePath+"/model-tiers/options/integers/" + i5,schemaPath:"#/properties/model-tiers/anyOf/1/properties/options/properties/integers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.integers.items.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.integers.items,data:data48};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/model-tiers/options/integers",schemaPath:"#/properties/model-tiers/anyOf/1/properties/options/properties/integers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.integers.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.options.properties.integers,data:data47};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath:instancePath+"/model-tiers/options",schemaPath:"#/properties/model-tiers/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["model-tiers"].anyOf[1].properties.options.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.options,data:data40};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data38.allowSuppression !== undefined){let data49 = data38.allowSuppression;if(typeof data49 !== "boolean"){const err72 = {instancePath:instancePath+"/model-tiers/allowSuppression",schemaPath:"#/properties/model-tiers/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["model-tiers"].anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.allowSuppression,data:data49};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data38.autofix !== undefined){let data50 = data38.autofix;if(typeof data50 !== "boolean"){const err73 = {instancePath:instancePath+"/model-tiers/autofix",schemaPath:"#/properties/model-tiers/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["model-tiers"].anyOf[1].properties.autofix.type,parentSchema:schema87.properties["model-tiers"].anyOf[1].properties.autofix,data:data50};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/model-tiers",schemaPath:"#/properties/model-tiers/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["model-tiers"].anyOf[1].type,parentSchema:schema87.properties["model-tiers"].anyOf[1],data:data38};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}var _valid5 = _errs130 === errors;valid32 = valid32 || _valid5;if(!valid32){const err75 = {instancePath:instancePath+"/model-tiers",schemaPath:"#/properties/model-tiers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties["model-tiers"].anyOf,parentSchema:schema87.properties["model-tiers"],data:data38};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}else {errors = _errs126;if(vErrors !== null){if(_errs126){vErrors.length = _errs126;}else {vErrors = null;}}}}if(data["openclaw-thinking"] !== undefined){let data51 = data["openclaw-thinking"];const _errs162 = errors;let valid44 = false;const _errs163 = errors;if(!((((data51 === "off") || (data51 === "info")) || (data51 === "warning")) || (data51 === "error"))){const err76 = {instancePath:instancePath+"/openclaw-thinking",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data51};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}var _valid6 = _errs163 === errors;valid44 = valid44 || _valid6;const _errs166 = errors;if(data51 && typeof data51 == "object" && !Array.isArray(data51)){for(const key14 in data51){if(!((((key14 === "severity") || (key14 === "options")) || (key14 === "allowSuppression")) || (key14 === "autofix"))){const err77 = {instancePath:instancePath+"/openclaw-thinking",schemaPath:"#/properties/openclaw-thinking/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["openclaw-thinking"].anyOf[1],data:data51};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data51.severity !== undefined){let data52 = data51.severity;if(!((((data52 === "off") || (data52 === "info")) || (data52 === "warning")) || (data52 === "error"))){const err78 = {instancePath:instancePath+"/openclaw-thinking/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data52};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data51.options !== undefined){let data53 = data51.options;if(data53 && typeof data53 == "object" && !Array.isArray(data53)){for(const key15 in data53){if(!(key15 === "thinkingDefault")){const err79 = {instancePath:instancePath+"/openclaw-thinking/options",schemaPath:"#/properties/openclaw-thinking/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["openclaw-thinking"].anyOf[1].properties.options,data:data53};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data53.thinkingDefault !== undefined){let data54 = data53.thinkingDefault;if(typeof data54 !== "string"){const err80 = {instancePath:instancePath+"/openclaw-thinking/options/thinkingDefault",schemaPath:"#/properties/openclaw-thinking/anyOf/1/properties/options/properties/thinkingDefault/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties["openclaw-thinking"].anyOf[1].properties.options.properties.thinkingDefault.type,parentSchema:schema87.properties["openclaw-thinking"].anyOf[1].properties.options.properties.thinkingDefault,data:data54};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}else {const err81 = {instancePath:instancePath+"/openclaw-thinking/options",schemaPath:"#/properties/openclaw-thinking/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["openclaw-thinking"].anyOf[1].properties.options.type,parentSchema:schema87.properties["openclaw-thinking"].anyOf[1].properties.options,data:data53};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data51.allowSuppression !== undefined){let data55 = data51.allowSuppression;if(typeof data55 !== "boolean"){const err82 = {instancePath:instancePath+"/openclaw-thinking/allowSuppression",schemaPath:"#/properties/openclaw-thinking/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["openclaw-thinking"].anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties["openclaw-thinking"].anyOf[1].properties.allowSuppression,data:data55};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data51.autofix !== undefined){let data56 = data51.autofix;if(typeof data56 !== "boolean"){const err83 = {instancePath:instancePath+"/openclaw-thinking/autofix",schemaPath:"#/properties/openclaw-thinking/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["openclaw-thinking"].anyOf[1].properties.autofix.type,parentSchema:schema87.properties["openclaw-thinking"].anyOf[1].properties.autofix,data:data56};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/openclaw-thinking",schemaPath:"#/properties/openclaw-thinking/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["openclaw-thinking"].anyOf[1].type,parentSchema:schema87.properties["openclaw-thinking"].anyOf[1],data:data51};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}var _valid6 = _errs166 === errors;valid44 = valid44 || _valid6;if(!valid44){const err85 = {instancePath:instancePath+"/openclaw-thinking",schemaPath:"#/properties/openclaw-thinking/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties["openclaw-thinking"].anyOf,parentSchema:schema87.properties["openclaw-thinking"],data:data51};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}else {errors = _errs162;if(vErrors !== null){if(_errs162){vErrors.length = _errs162;}else {vErrors = null;}}}}if(data.schema !== undefined){let data57 = data.schema;const _errs183 = errors;let valid49 = false;const _errs184 = errors;if(!((((data57 === "off") || (data57 === "info")) || (data57 === "warning")) || (data57 === "error"))){const err86 = {instancePath:instancePath+"/schema",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data57};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}var _valid7 = _errs184 === errors;valid49 = valid49 || _valid7;const _errs187 = errors;if(data57 && typeof data57 == "object" && !Array.isArray(data57)){for(const key16 in data57){if(!((((key16 === "severity") || (key16 === "options")) || (key16 === "allowSuppression")) || (key16 === "autofix"))){const err87 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties.schema.anyOf[1],data:data57};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data57.severity !== undefined){let data58 = data57.severity;if(!((((data58 === "off") || (data58 === "info")) || (data58 === "warning")) || (data58 === "error"))){const err88 = {instancePath:instancePath+"/schema/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data58};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data57.options !== undefined){let data59 = data57.options;if(data59 && typeof data59 == "object" && !Array.isArray(data59)){for(const key17 in data59){const err89 = {instancePath:instancePath+"/schema/options",schemaPath:"#/properties/schema/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties.schema.anyOf[1].properties.options,data:data59};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}else {const err90 = {instancePath:instancePath+"/schema/options",schemaPath:"#/properties/schema/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.schema.anyOf[1].properties.options.type,parentSchema:schema87.properties.schema.anyOf[1].properties.options,data:data59};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data57.allowSuppression !== undefined){let data60 = data57.allowSuppression;if(typeof data60 !== "boolean"){const err91 = {instancePath:instancePath+"/schema/allowSuppression",schemaPath:"#/properties/schema/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties.schema.anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties.schema.anyOf[1].properties.allowSuppression,data:data60};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data57.autofix !== undefined){let data61 = data57.autofix;if(typeof data61 !== "boolean"){const err92 = {instancePath:instancePath+"/schema/autofix",schemaPath:"#/properties/schema/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties.schema.anyOf[1].properties.autofix.type,parentSchema:schema87.properties.schema.anyOf[1].properties.autofix,data:data61};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}}else {const err93 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.schema.anyOf[1].type,parentSchema:schema87.properties.schema.anyOf[1],data:data57};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}var _valid7 = _errs187 === errors;valid49 = valid49 || _valid7;if(!valid49){const err94 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties.schema.anyOf,parentSchema:schema87.properties.schema,data:data57};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}else {errors = _errs183;if(vErrors !== null){if(_errs183){vErrors.length = _errs183;}else {vErrors = null;}}}}if(data["parse-error"] !== undefined){let data62 = data["parse-error"];const _errs202 = errors;let valid53 = false;const _errs203 = errors;if(!((((data62 === "off") || (data62 === "info")) || (data62 === "warning")) || (data62 === "error"))){const err95 = {instancePath:instancePath+"/parse-error",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data62};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}var _valid8 = _errs203 === errors;valid53 = valid53 || _valid8;const _errs206 = errors;if(data62 && typeof data62 == "object" && !Array.isArray(data62)){for(const key18 in data62){if(!((((key18 === "severity") || (key18 === "options")) || (key18 === "allowSuppression")) || (key18 === "autofix"))){const err96 = {instancePath:instancePath+"/parse-error",schemaPath:"#/properties/parse-error/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["parse-error"].anyOf[1],data:data62};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data62.severity !== undefined){let data63 = data62.severity;if(!((((data63 === "off") || (data63 === "info")) || (data63 === "warning")) || (data63 === "error"))){const err97 = {instancePath:instancePath+"/parse-error/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data63};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data62.options !== undefined){let data64 = data62.options;if(data64 && typeof data64 == "object" && !Array.isArray(data64)){for(const key19 in data64){const err98 = {instancePath:instancePath+"/parse-error/options",schemaPath:"#/properties/parse-error/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["parse-error"].anyOf[1].properties.options,data:data64};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}else {const err99 = {instancePath:instancePath+"/parse-error/options",schemaPath:"#/properties/parse-error/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["parse-error"].anyOf[1].properties.options.type,parentSchema:schema87.properties["parse-error"].anyOf[1].properties.options,data:data64};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data62.allowSuppression !== undefined){let data65 = data62.allowSuppression;if(typeof data65 !== "boolean"){const err100 = {instancePath:instancePath+"/parse-error/allowSuppression",schemaPath:"#/properties/parse-error/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["parse-error"].anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties["parse-error"].anyOf[1].properties.allowSuppression,data:data65};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data62.autofix !== undefined){let data66 = data62.autofix;if(typeof data66 !== "boolean"){const err101 = {instancePath:instancePath+"/parse-error/autofix",schemaPath:"#/properties/parse-error/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["parse-error"].anyOf[1].properties.autofix.type,parentSchema:schema87.properties["parse-error"].anyOf[1].properties.autofix,data:data66};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}}else {const err102 = {instancePath:instancePath+"/parse-error",schemaPath:"#/properties/parse-error/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["parse-error"].anyOf[1].type,parentSchema:schema87.properties["parse-error"].anyOf[1],data:data62};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}var _valid8 = _errs206 === errors;valid53 = valid53 || _valid8;if(!valid53){const err103 = {instancePath:instancePath+"/parse-error",schemaPath:"#/properties/parse-error/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties["parse-error"].anyOf,parentSchema:schema87.properties["parse-error"],data:data62};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}else {errors = _errs202;if(vErrors !== null){if(_errs202){vErrors.length = _errs202;}else {vErrors = null;}}}}if(data["invalid-suppression"] !== undefined){let data67 = data["invalid-suppression"];const _errs221 = errors;let valid57 = false;const _errs222 = errors;if(!((((data67 === "off") || (data67 === "info")) || (data67 === "warning")) || (data67 === "error"))){const err104 = {instancePath:instancePath+"/invalid-suppression",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data67};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}var _valid9 = _errs222 === errors;valid57 = valid57 || _valid9;const _errs225 = errors;if(data67 && typeof data67 == "object" && !Array.isArray(data67)){for(const key20 in data67){if(!((((key20 === "severity") || (key20 === "options")) || (key20 === "allowSuppression")) || (key20 === "autofix"))){const err105 = {instancePath:instancePath+"/invalid-suppression",schemaPath:"#/properties/invalid-suppression/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["invalid-suppression"].anyOf[1],data:data67};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data67.severity !== undefined){let data68 = data67.severity;if(!((((data68 === "off") || (data68 === "info")) || (data68 === "warning")) || (data68 === "error"))){const err106 = {instancePath:instancePath+"/invalid-suppression/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data68};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data67.options !== undefined){let data69 = data67.options;if(data69 && typeof data69 == "object" && !Array.isArray(data69)){for(const key21 in data69){const err107 = {instancePath:instancePath+"/invalid-suppression/options",schemaPath:"#/properties/invalid-suppression/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["invalid-suppression"].anyOf[1].properties.options,data:data69};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}else {const err108 = {instancePath:instancePath+"/invalid-suppression/options",schemaPath:"#/properties/invalid-suppression/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["invalid-suppression"].anyOf[1].properties.options.type,parentSchema:schema87.properties["invalid-suppression"].anyOf[1].properties.options,data:data69};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data67.allowSuppression !== undefined){let data70 = data67.allowSuppression;if(typeof data70 !== "boolean"){const err109 = {instancePath:instancePath+"/invalid-suppression/allowSuppression",schemaPath:"#/properties/invalid-suppression/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["invalid-suppression"].anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties["invalid-suppression"].anyOf[1].properties.allowSuppression,data:data70};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data67.autofix !== undefined){let data71 = data67.autofix;if(typeof data71 !== "boolean"){const err110 = {instancePath:instancePath+"/invalid-suppression/autofix",schemaPath:"#/properties/invalid-suppression/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["invalid-suppression"].anyOf[1].properties.autofix.type,parentSchema:schema87.properties["invalid-suppression"].anyOf[1].properties.autofix,data:data71};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}}else {const err111 = {instancePath:instancePath+"/invalid-suppression",schemaPath:"#/properties/invalid-suppression/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["invalid-suppression"].anyOf[1].type,parentSchema:schema87.properties["invalid-suppression"].anyOf[1],data:data67};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}var _valid9 = _errs225 === errors;valid57 = valid57 || _valid9;if(!valid57){const err112 = {instancePath:instancePath+"/invalid-suppression",schemaPath:"#/properties/invalid-suppression/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties["invalid-suppression"].anyOf,parentSchema:schema87.properties["invalid-suppression"],data:data67};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}else {errors = _errs221;if(vErrors !== null){if(_errs221){vErrors.length = _errs221;}else {vErrors = null;}}}}if(data["fix-failed"] !== undefined){let data72 = data["fix-failed"];const _errs240 = errors;let valid61 = false;const _errs241 = errors;if(!((((data72 === "off") || (data72 === "info")) || (data72 === "warning")) || (data72 === "error"))){const err113 = {instancePath:instancePath+"/fix-failed",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data72};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}var _valid10 = _errs241 === errors;valid61 = valid61 || _valid10;const _errs244 = errors;if(data72 && typeof data72 == "object" && !Array.isArray(data72)){for(const key22 in data72){if(!((((key22 === "severity") || (key22 === "options")) || (key22 === "allowSuppression")) || (key22 === "autofix"))){const err114 = {instancePath:instancePath+"/fix-failed",schemaPath:"#/properties/fix-failed/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["fix-failed"].anyOf[1],data:data72};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data72.severity !== undefined){let data73 = data72.severity;if(!((((data73 === "off") || (data73 === "info")) || (data73 === "warning")) || (data73 === "error"))){const err115 = {instancePath:instancePath+"/fix-failed/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema88.enum},message:"must be equal to one of the allowed values",schema:schema88.enum,parentSchema:schema88,data:data73};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data72.options !== undefined){let data74 = data72.options;if(data74 && typeof data74 == "object" && !Array.isArray(data74)){for(const key23 in data74){const err116 = {instancePath:instancePath+"/fix-failed/options",schemaPath:"#/properties/fix-failed/anyOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties["fix-failed"].anyOf[1].properties.options,data:data74};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}else {const err117 = {instancePath:instancePath+"/fix-failed/options",schemaPath:"#/properties/fix-failed/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["fix-failed"].anyOf[1].properties.options.type,parentSchema:schema87.properties["fix-failed"].anyOf[1].properties.options,data:data74};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data72.allowSuppression !== undefined){let data75 = data72.allowSuppression;if(typeof data75 !== "boolean"){const err118 = {instancePath:instancePath+"/fix-failed/allowSuppression",schemaPath:"#/properties/fix-failed/anyOf/1/properties/allowSuppression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["fix-failed"].anyOf[1].properties.allowSuppression.type,parentSchema:schema87.properties["fix-failed"].anyOf[1].properties.allowSuppression,data:data75};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data72.autofix !== undefined){let data76 = data72.autofix;if(typeof data76 !== "boolean"){const err119 = {instancePath:instancePath+"/fix-failed/autofix",schemaPath:"#/properties/fix-failed/anyOf/1/properties/autofix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties["fix-failed"].anyOf[1].properties.autofix.type,parentSchema:schema87.properties["fix-failed"].anyOf[1].properties.autofix,data:data76};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}}else {const err120 = {instancePath:instancePath+"/fix-failed",schemaPath:"#/properties/fix-failed/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties["fix-failed"].anyOf[1].type,parentSchema:schema87.properties["fix-failed"].anyOf[1],data:data72};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}var _valid10 = _errs244 === errors;valid61 = valid61 || _valid10;if(!valid61){const err121 = {instancePath:instancePath+"/fix-failed",schemaPath:"#/properties/fix-failed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema87.properties["fix-failed"].anyOf,parentSchema:schema87.properties["fix-failed"],data:data72};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}else {errors = _errs240;if(vErrors !== null){if(_errs240){vErrors.length = _errs240;}else {vErrors = null;}}}}}else {const err122 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}validate55.errors = vErrors;return errors === 0;}validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="policy" */;let vErrors = null;let errors = 0;const evaluated0 = validate54.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema84.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema84,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.$schema.type,parentSchema:schema84.properties.$schema,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.extends !== undefined){let data1 = data.extends;const _errs5 = errors;let valid1 = false;const _errs6 = errors;const _errs8 = errors;let valid3 = false;const _errs9 = errors;if(!((data1 === "recommended") || (data1 === "none"))){const err2 = {instancePath:instancePath+"/extends",schemaPath:"#/$defs/extendsItem/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema85.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema85.anyOf[0].enum,parentSchema:schema85.anyOf[0],data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid1 = _errs9 === errors;valid3 = valid3 || _valid1;const _errs10 = errors;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/extends",schemaPath:"#/$defs/extendsItem/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.anyOf[1].type,parentSchema:schema85.anyOf[1],data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid1 = _errs10 === errors;valid3 = valid3 || _valid1;if(!valid3){const err4 = {instancePath:instancePath+"/extends",schemaPath:"#/$defs/extendsItem/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema85.anyOf,parentSchema:schema85,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs8;if(vErrors !== null){if(_errs8){vErrors.length = _errs8;}else {vErrors = null;}}}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;const _errs13 = errors;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];const _errs17 = errors;let valid7 = false;const _errs18 = errors;if(!((data2 === "recommended") || (data2 === "none"))){const err5 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/$defs/extendsItem/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema85.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema85.anyOf[0].enum,parentSchema:schema85.anyOf[0],data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid2 = _errs18 === errors;valid7 = valid7 || _valid2;const _errs19 = errors;if(typeof data2 !== "string"){const err6 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/$defs/extendsItem/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.anyOf[1].type,parentSchema:schema85.anyOf[1],data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid2 = _errs19 === errors;valid7 = valid7 || _valid2;if(!valid7){const err7 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/$defs/extendsItem/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema85.anyOf,parentSchema:schema85,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}}}}else {const err8 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.extends.anyOf[1].type,parentSchema:schema84.properties.extends.anyOf[1],data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs13 === errors;valid1 = valid1 || _valid0;if(!valid1){const err9 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema84.properties.extends.anyOf,parentSchema:schema84.properties.extends,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}if(data.rules !== undefined){if(!(validate55(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}}if(data.proxy !== undefined){let data4 = data.proxy;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(((key1 === "images") || (key1 === "variables")) || (key1 === "services"))){const err10 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema84.properties.proxy,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.images !== undefined){let data5 = data4.images;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];if(typeof data6 !== "string"){const err11 = {instancePath:instancePath+"/proxy/images/" + i1,schemaPath:"#/properties/proxy/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.proxy.properties.images.items.type,parentSchema:schema84.properties.proxy.properties.images.items,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/proxy/images",schemaPath:"#/properties/proxy/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.proxy.properties.images.type,parentSchema:schema84.properties.proxy.properties.images,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.variables !== undefined){let data7 = data4.variables;if(Array.isArray(data7)){const len2 = data7.length;for(let i2=0; i2<len2; i2++){let data8 = data7[i2];if(typeof data8 !== "string"){const err13 = {instancePath:instancePath+"/proxy/variables/" + i2,schemaPath:"#/properties/proxy/properties/variables/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.proxy.properties.variables.items.type,parentSchema:schema84.properties.proxy.properties.variables.items,data:data8};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/proxy/variables",schemaPath:"#/properties/proxy/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.proxy.properties.variables.type,parentSchema:schema84.properties.proxy.properties.variables,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data4.services !== undefined){let data9 = data4.services;if(Array.isArray(data9)){const len3 = data9.length;for(let i3=0; i3<len3; i3++){let data10 = data9[i3];if(typeof data10 !== "string"){const err15 = {instancePath:instancePath+"/proxy/services/" + i3,schemaPath:"#/properties/proxy/properties/services/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.proxy.properties.services.items.type,parentSchema:schema84.properties.proxy.properties.services.items,data:data10};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/proxy/services",schemaPath:"#/properties/proxy/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.proxy.properties.services.type,parentSchema:schema84.properties.proxy.properties.services,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/proxy",schemaPath:"#/properties/proxy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.properties.proxy.type,parentSchema:schema84.properties.proxy,data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.cloudru !== undefined){let data11 = data.cloudru;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key2 in data11){if(!(((key2 === "hosts") || (key2 === "localProxyPorts")) || (key2 === "providers"))){const err18 = {instancePath:instancePath+"/cloudru",schemaPath:"#/properties/cloudru/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema84.properties.cloudru,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data11.hosts !== undefined){let data12 = data11.hosts;if(Array.isArray(data12)){const len4 = data12.length;for(let i4=0; i4<len4; i4++){let data13 = data12[i4];if(typeof data13 !== "string"){const err19 = {instancePath:instancePath+"/cloudru/hosts/" + i4,schemaPath:"#/properties/cloudru/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.cloudru.properties.hosts.items.type,parentSchema:schema84.properties.cloudru.properties.hosts.items,data:data13};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/cloudru/hosts",schemaPath:"#/properties/cloudru/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.cloudru.properties.hosts.type,parentSchema:schema84.properties.cloudru.properties.hosts,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data11.localProxyPorts !== undefined){let data14 = data11.localProxyPorts;if(Array.isArray(data14)){const len5 = data14.length;for(let i5=0; i5<len5; i5++){let data15 = data14[i5];if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err21 = {instancePath:instancePath+"/cloudru/localProxyPorts/" + i5,schemaPath:"#/properties/cloudru/properties/localProxyPorts/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema84.properties.cloudru.properties.localProxyPorts.items.type,parentSchema:schema84.properties.cloudru.properties.localProxyPorts.items,data:data15};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 > 65535 || isNaN(data15)){const err22 = {instancePath:instancePath+"/cloudru/localProxyPorts/" + i5,schemaPath:"#/properties/cloudru/properties/localProxyPorts/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema84.properties.cloudru.properties.localProxyPorts.items,data:data15};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data15 < 1 || isNaN(data15)){const err23 = {instancePath:instancePath+"/cloudru/localProxyPorts/" + i5,schemaPath:"#/properties/cloudru/properties/localProxyPorts/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema84.properties.cloudru.properties.localProxyPorts.items,data:data15};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}}else {const err24 = {instancePath:instancePath+"/cloudru/localProxyPorts",schemaPath:"#/properties/cloudru/properties/localProxyPorts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.cloudru.properties.localProxyPorts.type,parentSchema:schema84.properties.cloudru.properties.localProxyPorts,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data11.providers !== undefined){let data16 = data11.providers;if(Array.isArray(data16)){const len6 = data16.length;for(let i6=0; i6<len6; i6++){let data17 = data16[i6];if(typeof data17 !== "string"){const err25 = {instancePath:instancePath+"/cloudru/providers/" + i6,schemaPath:"#/properties/cloudru/properties/providers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.cloudru.properties.providers.items.type,parentSchema:schema84.properties.cloudru.properties.providers.items,data:data17};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/cloudru/providers",schemaPath:"#/properties/cloudru/properties/providers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.cloudru.properties.providers.type,parentSchema:schema84.properties.cloudru.properties.providers,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/cloudru",schemaPath:"#/properties/cloudru/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.properties.cloudru.type,parentSchema:schema84.properties.cloudru,data:data11};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.include !== undefined){let data18 = data.include;if(Array.isArray(data18)){const len7 = data18.length;for(let i7=0; i7<len7; i7++){let data19 = data18[i7];if(typeof data19 !== "string"){const err28 = {instancePath:instancePath+"/include/" + i7,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.include.items.type,parentSchema:schema84.properties.include.items,data:data19};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.include.type,parentSchema:schema84.properties.include,data:data18};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.exclude !== undefined){let data20 = data.exclude;if(Array.isArray(data20)){const len8 = data20.length;for(let i8=0; i8<len8; i8++){let data21 = data20[i8];if(typeof data21 !== "string"){const err30 = {instancePath:instancePath+"/exclude/" + i8,schemaPath:"#/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.exclude.items.type,parentSchema:schema84.properties.exclude.items,data:data21};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.exclude.type,parentSchema:schema84.properties.exclude,data:data20};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.maxFileSize !== undefined){let data22 = data.maxFileSize;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err32 = {instancePath:instancePath+"/maxFileSize",schemaPath:"#/properties/maxFileSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema84.properties.maxFileSize.type,parentSchema:schema84.properties.maxFileSize,data:data22};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 < 1 || isNaN(data22)){const err33 = {instancePath:instancePath+"/maxFileSize",schemaPath:"#/properties/maxFileSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema84.properties.maxFileSize,data:data22};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}if(data.overrides !== undefined){let data23 = data.overrides;if(Array.isArray(data23)){const len9 = data23.length;for(let i9=0; i9<len9; i9++){let data24 = data23[i9];if(data24 && typeof data24 == "object" && !Array.isArray(data24)){if(data24.files === undefined){const err34 = {instancePath:instancePath+"/overrides/" + i9,schemaPath:"#/properties/overrides/items/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema84.properties.overrides.items.required,parentSchema:schema84.properties.overrides.items,data:data24};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}for(const key3 in data24){if(!((key3 === "files") || (key3 === "rules"))){const err35 = {instancePath:instancePath+"/overrides/" + i9,schemaPath:"#/properties/overrides/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema84.properties.overrides.items,data:data24};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data24.files !== undefined){let data25 = data24.files;if(Array.isArray(data25)){if(data25.length < 1){const err36 = {instancePath:instancePath+"/overrides/" + i9+"/files",schemaPath:"#/properties/overrides/items/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema84.properties.overrides.items.properties.files,data:data25};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}const len10 = data25.length;for(let i10=0; i10<len10; i10++){let data26 = data25[i10];if(typeof data26 !== "string"){const err37 = {instancePath:instancePath+"/overrides/" + i9+"/files/" + i10,schemaPath:"#/properties/overrides/items/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.overrides.items.properties.files.items.type,parentSchema:schema84.properties.overrides.items.properties.files.items,data:data26};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/overrides/" + i9+"/files",schemaPath:"#/properties/overrides/items/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.overrides.items.properties.files.type,parentSchema:schema84.properties.overrides.items.properties.files,data:data25};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data24.rules !== undefined){if(!(validate55(data24.rules, {instancePath:instancePath+"/overrides/" + i9+"/rules",parentData:data24,parentDataProperty:"rules",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}}}else {const err39 = {instancePath:instancePath+"/overrides/" + i9,schemaPath:"#/properties/overrides/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.properties.overrides.items.type,parentSchema:schema84.properties.overrides.items,data:data24};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema84.properties.overrides.type,parentSchema:schema84.properties.overrides,data:data23};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.type,parentSchema:schema84,data};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}validate54.errors = vErrors;return errors === 0;}validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./src/validate/errors.ts
/** Annotation keywords our schemas may carry (registered with ajv, ignored by editors). */
const EXPECTED_KEYWORD = 'x-expected';
const KEY_NOUN_KEYWORD = 'x-key-noun';
/** On an anyOf branch: its errors only mean "the value is not this alternative" (e.g. `{$include}`). */
const SHAPE_ONLY_KEYWORD = 'x-shape-only';
/** ajv's instancePath is a JSON pointer: `/services/a~1b/0`. */
function splitPointer(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
const TYPE_NOUNS = {
    object: 'a map',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'a boolean',
    null: 'nothing (null)',
};
function joinAlternatives(items) {
    const uniq = [...new Set(items)];
    if (uniq.length <= 1)
        return uniq[0] ?? 'something else';
    return `${uniq.slice(0, -1).join(', ')} or ${uniq[uniq.length - 1]}`;
}
function quoteList(values) {
    return values.map((v) => JSON.stringify(v)).join(', ');
}
function annotation(err, keyword) {
    const v = err.parentSchema?.[keyword];
    return typeof v === 'string' ? v : undefined;
}
/** What one "mismatch" error (type / enum / const) says is expected. */
function expectation(err) {
    const custom = annotation(err, EXPECTED_KEYWORD);
    if (custom)
        return custom;
    if (err.keyword === 'type') {
        const types = String(err.params.type).split(',');
        // `integer` and `number` side by side read as "a number".
        return joinAlternatives(types.filter((t) => t !== 'null' || types.length === 1).map((t) => TYPE_NOUNS[t] ?? t));
    }
    if (err.keyword === 'enum')
        return `one of ${quoteList(err.params.allowedValues)}`;
    if (err.keyword === 'const')
        return JSON.stringify(err.params.allowedValue);
    return 'something else';
}
const MISMATCH = new Set(['type', 'enum', 'const']);
function isMismatch(e) {
    return MISMATCH.has(e.keyword) || e.parentSchema?.[SHAPE_ONLY_KEYWORD] === true;
}
const COMBINATORS = new Set(['anyOf', 'oneOf']);
/** Keywords whose errors only summarise others (`if`/`then` reports the `then` errors separately). */
const SUMMARIES = new Set(['if', 'propertyNames']);
/**
 * Whether any of `sortedPaths` lies under `parent`. Paths under a parent sort right after
 * `parent + '/'`, so one binary search answers it (a linear scan per combinator made a document
 * with thousands of errors quadratic).
 */
function hasPathUnder(sortedPaths, parent) {
    const prefix = parent + '/';
    let lo = 0;
    let hi = sortedPaths.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sortedPaths[mid] < prefix)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sortedPaths.length && sortedPaths[lo].startsWith(prefix);
}
/** Collapse combinator noise and map every remaining ajv error to a Problem. */
function collapseErrors(errors) {
    // A failing propertyNames reports the name's own error too: the summary adds nothing.
    const errs = errors.filter((e) => !SUMMARIES.has(e.keyword));
    // Errors by node, combinators apart: each combinator's node is looked at once, not searched for.
    const combosAt = new Map();
    const othersAt = new Map();
    for (const e of errs) {
        const byPath = COMBINATORS.has(e.keyword) ? combosAt : othersAt;
        const list = byPath.get(e.instancePath);
        if (list)
            list.push(e);
        else
            byPath.set(e.instancePath, [e]);
    }
    const otherPaths = [...othersAt.keys()].sort();
    const problems = [];
    const dropped = new Set();
    for (const [at, combos] of combosAt) {
        combos.forEach((c) => dropped.add(c));
        const here = othersAt.get(at) ?? [];
        const mismatches = here.filter(isMismatch);
        const deeper = hasPathUnder(otherPaths, at);
        const structural = here.some((e) => !isMismatch(e));
        mismatches.forEach((e) => dropped.add(e));
        if (deeper || structural) {
            // Some branch matched the value's type: its specific errors say what is wrong.
            const requireds = here.filter((e) => e.keyword === 'required');
            if (requireds.length > 0) {
                requireds.forEach((e) => dropped.add(e));
                const bySchema = new Map();
                for (const r of requireds) {
                    const k = r.schemaPath;
                    bySchema.set(k, [...(bySchema.get(k) ?? []), String(r.params.missingProperty)]);
                }
                problems.push({ path: splitPointer(at), target: 'key', kind: 'required', missing: [...bySchema.values()] });
            }
            continue;
        }
        // Every branch rejected the value's type: one message for the node.
        // ajv reports an inner combinator before the outer one: the outermost describes the node best.
        const custom = combos.map((c) => annotation(c, EXPECTED_KEYWORD)).reverse().find(Boolean);
        const expected = custom ?? joinAlternatives(mismatches.filter((e) => MISMATCH.has(e.keyword)).map(expectation));
        problems.push({ path: splitPointer(at), target: 'value', kind: 'type', expected });
    }
    for (const e of errs) {
        if (dropped.has(e))
            continue;
        const path = splitPointer(e.instancePath);
        switch (e.keyword) {
            case 'type':
            case 'enum':
            case 'const':
                problems.push({ path, target: 'value', kind: 'type', expected: expectation(e) });
                break;
            case 'required':
                problems.push({ path, target: 'key', kind: 'required', missing: [[String(e.params.missingProperty)]] });
                break;
            case 'additionalProperties': {
                const props = e.parentSchema?.properties;
                problems.push({
                    path: [...path, String(e.params.additionalProperty)],
                    target: 'key',
                    kind: 'unknown-key',
                    key: String(e.params.additionalProperty),
                    keyNoun: annotation(e, KEY_NOUN_KEYWORD),
                    knownKeys: props ? Object.keys(props) : undefined,
                });
                break;
            }
            default:
                problems.push({ path, target: 'value', kind: 'other', text: otherText(e) });
        }
    }
    return mergeRequired(problems);
}
/** Several `required` errors of one `required: [a, b]` keyword at one node become one problem. */
function mergeRequired(problems) {
    const out = [];
    const byPath = new Map();
    for (const p of problems) {
        if (p.kind !== 'required') {
            out.push(p);
            continue;
        }
        const k = p.path.join('\u0000');
        const prev = byPath.get(k);
        if (prev) {
            // Plain required errors (one name each) at one node are all needed together.
            if (prev.missing.length === 1 && p.missing.length === 1)
                prev.missing = [[...prev.missing[0], ...p.missing[0]]];
            else
                prev.missing = [...prev.missing, ...p.missing];
            continue;
        }
        byPath.set(k, p);
        out.push(p);
    }
    return out;
}
function otherText(e) {
    const p = e.params;
    switch (e.keyword) {
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return `must be ${String(p.comparison).replace('>=', 'at least').replace('<=', 'at most').replace('>', 'greater than').replace('<', 'less than')} ${String(p.limit)}`;
        case 'minItems':
            return Number(p.limit) === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} items`;
        case 'maxItems':
            return `must have at most ${String(p.limit)} items`;
        case 'minLength':
            return Number(p.limit) === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long`;
        case 'maxLength':
            return `must be at most ${String(p.limit)} characters long`;
        case 'pattern':
            return `must match the pattern ${String(p.pattern)}`;
        case 'uniqueItems':
            return `must not repeat items (items ${String(p.j)} and ${String(p.i)} are the same)`;
        case 'format':
            return `must be a valid ${String(p.format)}`;
        default:
            return e.message ?? 'is not valid';
    }
}
/** Levenshtein distance, for "did you mean" hints on unknown keys. */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
function closest(key, candidates) {
    if (!candidates || candidates.length === 0)
        return undefined;
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(key.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

;// CONCATENATED MODULE: ./src/validate/schema.ts



const SCHEMA_RULE_ID = 'schema';
/** How messages name the whole document of each kind. */
const DOCUMENT_NOUN = {
    compose: 'the compose file',
    openclaw: 'openclaw.json',
    policy: 'the policy',
};
/** Compiled ahead of time by scripts/gen-assets.mjs (ajv standalone code, same options as tests expect). */
const VALIDATORS = { compose: compose, openclaw: openclaw, policy: policy };
function validator(name) {
    return VALIDATORS[name];
}
function validateCompose(root, file) {
    return validateAgainst('compose', root, file);
}
function validateOpenclaw(root, file) {
    return validateAgainst('openclaw', root, file);
}
/** Used by the policy loader to report an invalid .clawcheck.yml at exact locations. */
function validatePolicyValue(root, file) {
    return validateAgainst('policy', root, file);
}
/**
 * Upper bound on the nodes of a document once aliases are expanded. An alias bomb ("billion
 * laughs") is a DAG of a few nodes in the located tree but billions in its plain value.
 */
const MAX_EXPANDED_NODES = 250_000;
/** Node count of `toValue(node)`, stopping early past `limit`; shared subtrees are counted once per use. */
function expandedSize(node, limit = MAX_EXPANDED_NODES) {
    const memo = new Map();
    const size = (n, depth) => {
        if (n.kind === 'scalar' || depth > 200)
            return 1;
        const key = n.kind === 'map' ? n.entries : n.items;
        const known = memo.get(key);
        if (known !== undefined)
            return known;
        let total = 1;
        const children = n.kind === 'map' ? n.entries.map((e) => e.value) : n.items;
        for (const c of children) {
            total += size(c, depth + 1);
            if (total > limit)
                break;
        }
        memo.set(key, total);
        return total;
    };
    return node ? size(node, 0) : 0;
}
class OverBudget extends Error {
}
/**
 * `toValue(root)` as ajv should see it, in one walk that also counts nodes: undefined past
 * `limit` (aliases expanded). YAML `.nan` / `.inf` and JSON5 `NaN` / `Infinity` are numbers to a
 * loader but not to ajv, so a finite number stands in for them and they are judged as numbers.
 */
function plainValueWithin(root, limit = MAX_EXPANDED_NODES) {
    let count = 0;
    const walk = (node, depth) => {
        if (++count > limit)
            throw new OverBudget();
        if (depth > 200)
            return null;
        if (node.kind === 'scalar')
            return typeof node.value === 'number' && !Number.isFinite(node.value) ? 0 : node.value;
        if (node.kind === 'seq')
            return node.items.map((n) => walk(n, depth + 1));
        const out = {};
        for (const e of effectiveEntries(node))
            setOwn(out, e.key, walk(e.value, depth + 1));
        return out;
    };
    try {
        return walk(root, 0);
    }
    catch (e) {
        if (e instanceof OverBudget)
            return undefined;
        throw e;
    }
}
/** `out[key] = value`, also for a key named `__proto__` (an assignment would set the prototype). */
function setOwn(out, key, value) {
    if (key === '__proto__')
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else
        out[key] = value;
}
/** The value to validate: the whole document, or without the `x-` extension blocks when aliases blow it up. */
function valueToValidate(root) {
    const whole = plainValueWithin(root);
    if (whole !== undefined)
        return { ok: true, value: whole };
    if (root.kind !== 'map')
        return { ok: false };
    // Extension blocks are free-form in every schema: dropping them changes no verdict.
    const trimmed = { ...root, entries: root.entries.filter((e) => !e.key.startsWith('x-')) };
    const value = plainValueWithin(trimmed);
    return value === undefined ? { ok: false } : { ok: true, value, dropped: true };
}
/**
 * Where an alias bomb is: the deepest node that still expands past the limit, shown at its key
 * (or list item), with the alias that brought it there as related location. YAML loaders refuse
 * such documents too (yaml.v3, which docker compose uses, stops on "excessive aliasing"), so the
 * bomb is a finding rather than a silent skip of the schema check.
 */
function aliasBombFinding(root, file, docNoun, onlyExtensions) {
    // When the bomb is not only in x- blocks, point at the part the schema would have checked.
    let node = !onlyExtensions && root.kind === 'map' ? { ...root, entries: root.entries.filter((e) => !e.key.startsWith('x-')) } : root;
    let range = firstLine(root, file);
    for (let depth = 0; depth < 200; depth++) {
        const children = node.kind === 'map' ? node.entries.map((e) => ({ node: e.value, at: e.keyRange })) : node.kind === 'seq' ? node.items.map((n) => ({ node: n, at: n.via ?? firstLine(n, file) })) : [];
        const next = children.find((c) => expandedSize(c.node) > MAX_EXPANDED_NODES);
        if (!next)
            break;
        node = next.node;
        range = next.at;
        if (node.via)
            break; // reached through an alias: the place that uses it is the news
    }
    range = trimRange(range, file);
    return {
        ruleId: SCHEMA_RULE_ID,
        severity: 'error',
        message: `YAML aliases expand this value to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb?): YAML loaders refuse it; ${onlyExtensions ? 'the schema check leaves out the x- blocks' : `${docNoun} is not checked against the schema`}`,
        location: file.location(range[0], range[1]),
        range: [range[0], range[1]],
    };
}
/**
 * An empty document (no root) is not a schema problem: it has nothing to check. Neither is a
 * document too large to expand (an alias bomb): it is left unchecked rather than exhaust memory.
 */
function validateAgainst(name, root, file) {
    if (!root)
        return [];
    const validate = validator(name);
    const input = valueToValidate(root);
    const bomb = !input.ok || input.dropped ? [aliasBombFinding(root, file, DOCUMENT_NOUN[name], input.ok)] : [];
    if (!input.ok || validate(input.value))
        return bomb;
    const seen = new Set();
    const findings = [...bomb];
    for (const problem of collapseErrors(validate.errors ?? [])) {
        const f = toFinding(problem, root, file, DOCUMENT_NOUN[name]);
        const key = `${f.range[0]}:${f.range[1]}:${problem.kind === 'unknown-key' ? problem.key : problem.kind}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        findings.push(f);
    }
    return findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}
function toFinding(p, root, file, docNoun) {
    const { node, entry, matched } = nodeAtPath(root, p.path);
    const complete = matched === p.path.length;
    let range;
    let via;
    if (p.kind === 'unknown-key' && complete && entry) {
        range = entry.keyRange;
        via = entry.mergedFrom;
    }
    else if (p.kind === 'required' && complete && entry) {
        range = entry.keyRange;
        via = entry.mergedFrom ?? node?.via;
    }
    else if (p.kind === 'required' || !complete) {
        // The document root, a list item, or a path we could not follow: the node's first line.
        range = firstLine(node ?? root, file);
        via = node?.via;
    }
    else if (node && node.range[0] === node.range[1] && entry) {
        // `key:` with no value: the empty value has no width, the key shows where it is.
        range = entry.keyRange;
        via = entry.mergedFrom;
    }
    else {
        range = (node ?? root).range;
        via = node?.via ?? entry?.mergedFrom;
    }
    range = trimRange(range, file);
    const finding = {
        ruleId: SCHEMA_RULE_ID,
        severity: 'error',
        message: messageFor(p, node, docNoun),
        location: file.location(range[0], range[1]),
        range: [range[0], range[1]],
    };
    if (via && (via[0] !== range[0] || via[1] !== range[1])) {
        finding.related = [{ ...file.location(via[0], via[1]), message: 'the value is used here through a YAML alias' }];
    }
    return finding;
}
/** A block node's range may run over the line break and indentation after it. */
function trimRange([start, end], file) {
    let e = end;
    while (e > start && /\s/.test(file.text[e - 1]))
        e--;
    return [start, e];
}
function firstLine(node, file) {
    const [start, end] = node.range;
    const nl = file.text.indexOf('\n', start);
    const lineEnd = nl < 0 ? file.text.length : file.text[nl - 1] === '\r' ? nl - 1 : nl;
    return [start, Math.max(start, Math.min(end, lineEnd))];
}
/** `services.proxy.environment`, `models.providers["cloud.ru"].models[0]`. */
function pathLabel(path) {
    let out = '';
    for (const seg of path) {
        if (/^(0|[1-9]\d*)$/.test(seg))
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
function subject(path, docNoun) {
    return path.length === 0 ? docNoun : `"${pathLabel(path)}"`;
}
function describeFound(node) {
    if (!node)
        return 'nothing';
    if (node.kind === 'map')
        return 'a map';
    if (node.kind === 'seq')
        return 'a list';
    const v = node.value;
    if (v === null)
        return 'nothing (null)';
    if (typeof v === 'boolean')
        return String(v);
    if (typeof v === 'number')
        return `the number ${String(v)}`;
    const shown = v.length > 40 ? `${v.slice(0, 37)}...` : v;
    return `the string ${JSON.stringify(shown)}`;
}
function messageFor(p, node, docNoun) {
    switch (p.kind) {
        case 'type': {
            const who = p.path.length === 0 ? 'the document' : subject(p.path, docNoun);
            let msg = `${who} must be ${p.expected}, found ${describeFound(node)}`;
            const wantsString = p.expected === 'a string';
            if (wantsString && node?.kind === 'scalar' && (typeof node.value === 'number' || typeof node.value === 'boolean')) {
                msg += ` (quote it: "${String(node.value)}")`;
            }
            return msg;
        }
        case 'required': {
            const groups = (p.missing ?? []).map((g) => g.map((n) => `"${n}"`).join(' and '));
            const [first, ...rest] = groups;
            return `${subject(p.path, docNoun)} is missing ${first}${rest.map((g) => ` (or ${g})`).join('')}`;
        }
        case 'unknown-key': {
            const parent = p.path.slice(0, -1);
            const where = parent.length === 0 ? docNoun : `"${pathLabel(parent)}"`;
            const hint = closest(p.key ?? '', p.knownKeys);
            return `unknown ${p.keyNoun ?? 'key'} "${p.key}" in ${where}${hint ? `; did you mean "${hint}"?` : ''}`;
        }
        default: {
            const found = node?.kind === 'scalar' && typeof node.value === 'number' ? `, found ${String(node.value)}` : '';
            return `${p.path.length === 0 ? 'the document' : subject(p.path, docNoun)} ${p.text}${found}`;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/engine.ts












/** Parses one file; a failure becomes a `parse-error` finding at the parser's position. */
function parseFile(file) {
    if (file.kind === 'dotenv')
        return { file, documents: [] };
    const text = file.text.charCodeAt(0) === 0xfeff ? ' ' + file.text.slice(1) : file.text; // keep offsets, drop the BOM
    const r = file.kind === 'openclaw' ? parseJson5(text) : parseYaml(text);
    if (!r.error)
        return { file, documents: r.documents };
    const start = Math.min(r.error.offset, file.text.length);
    const end = Math.max(start, Math.min(r.error.endOffset, file.text.length));
    return {
        file,
        documents: [],
        error: { ruleId: 'parse-error', message: `cannot parse ${file.kind === 'openclaw' ? 'JSON5' : 'YAML'}: ${r.error.message}`, location: file.location(start, end), range: [start, end] },
    };
}
/** The `.env` files that compose files read (for interpolation or `env_file:`), relative to the root. */
function envFilesToRead(parsed) {
    const out = new Set();
    for (const p of parsed)
        if (p.file.kind === 'compose' && !p.error)
            for (const path of referencedEnvFiles(p))
                out.add(path);
    return [...out].sort();
}
/** The rule settings that apply to one file: the policy's, then matching `overrides` in order. */
function rulesFor(policy, path) {
    let rules = policy.rules;
    for (const o of policy.overrides)
        if (picomatch_default().isMatch(path, o.files, { dot: true }))
            rules = mergeRules(rules, o.rules);
    return rules;
}
/** `rulesFor` merged once per path: the same files are asked about for every finding. */
function rulesLookup(policy) {
    const byPath = new Map();
    return (path) => {
        let rules = byPath.get(path);
        if (!rules)
            byPath.set(path, (rules = rulesFor(policy, path)));
        return rules;
    };
}
function finalSeverity(configured, emitted, fallback) {
    const setting = configured?.severity ?? fallback;
    if (setting === 'off')
        return undefined;
    if (emitted && SEVERITY_RANK[emitted] < SEVERITY_RANK[setting])
        return emitted;
    return setting;
}
/**
 * Judges parsed files with the policy: schema, rules, severities, suppressions. Pure: every
 * file it may need (the `.env` files too) is passed in.
 */
function judge(parsed, policy) {
    const files = new Map(parsed.map((p) => [p.file.path, p.file]));
    const raw = [];
    // Options as the per-path `overrides` leave them for the file being judged (for a compose
    // service: the file that defines it first, not one it inherits from through `extends:`).
    const rulesOf = rulesLookup(policy);
    const context = (id, path) => ({ policy, options: rulesOf(path)[id]?.options ?? {} });
    const composeInputs = [];
    for (const p of parsed) {
        if (p.error) {
            raw.push(p.error);
            continue;
        }
        if (p.file.kind === 'compose') {
            composeInputs.push(p);
            for (const d of p.documents)
                raw.push(...validateCompose(d.root, p.file));
        }
        else if (p.file.kind === 'openclaw') {
            const root = p.documents[0]?.root ?? null;
            raw.push(...validateOpenclaw(root, p.file));
            const model = buildOpenclawModel(p.file, root, policy.cloudru);
            for (const rule of RULES)
                if (rule.openclaw)
                    raw.push(...rule.openclaw(model, context(rule.meta.id, p.file.path)));
        }
    }
    const projects = groupProjects(composeInputs).map((layers) => buildProject(layers, (path) => files.get(path), policy.proxy));
    const composeFindings = [];
    for (const project of projects) {
        for (const service of project.services) {
            if (!service.isProxy)
                continue;
            for (const rule of RULES)
                if (rule.compose)
                    composeFindings.push(...rule.compose(service, context(rule.meta.id, serviceAnchor(service).file.path)));
        }
    }
    raw.push(...guardAnchorFixes(composeFindings, composeInputs, projects));
    return finalize(raw, parsed, rulesOf);
}
const DEFAULT_SEVERITY = new Map(ALL_RULE_META.map((m) => [m.id, m.defaultSeverity]));
/** A finding with the severity the policy gives its rule in this file; undefined when the rule is off. */
function withSeverity(f, rules) {
    const severity = finalSeverity(rules[f.ruleId], f.severity, DEFAULT_SEVERITY.get(f.ruleId) ?? 'error');
    return severity ? { ...f, severity } : undefined;
}
/** Severities from the policy (per file), `off` rules dropped, suppressions applied, sorted. */
function finalize(raw, parsed, rulesOf) {
    const byFile = new Map();
    for (const f of raw) {
        const list = byFile.get(f.location.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.location.file, [f]);
    }
    const out = [];
    for (const p of parsed) {
        const rules = rulesOf(p.file.path);
        const judged = (byFile.get(p.file.path) ?? []).map((f) => withSeverity(f, rules)).filter((f) => !!f);
        const { kept, problems } = applySuppressions(p.file, judged, RULE_IDS, (id) => rules[id]?.allowSuppression !== false);
        out.push(...kept);
        for (const f of problems) {
            const placed = withSeverity(f, rules);
            if (placed)
                out.push(placed);
        }
    }
    return sortAndDedupe(out);
}

;// CONCATENATED MODULE: ./src/core/source.ts
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
        }
    }
    /** 1-based line and column of a string offset. */
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.starts[lo] + 1 };
    }
    lineStart(line) {
        return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    }
    /** The text of a 1-based line without its line break. */
    lineText(line) {
        const start = this.lineStart(line);
        const next = line < this.starts.length ? this.starts[line] : this.text.length;
        return this.text.slice(start, next).replace(/\r?\n$/, '');
    }
    get lineCount() {
        return this.starts.length;
    }
}
class SourceFile {
    path;
    text;
    kind;
    index;
    constructor(
    /** Path relative to the scan root, with `/` separators: what every report shows. */
    path, text, kind) {
        this.path = path;
        this.text = text;
        this.kind = kind;
    }
    /** Built on first use: most files checked never need a line number. */
    get lines() {
        return (this.index ??= new LineIndex(this.text));
    }
    location(start, end = start) {
        const a = this.lines.position(start);
        const b = this.lines.position(Math.max(start, end));
        return { file: this.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
}

;// CONCATENATED MODULE: ./src/core/check.ts







/** Files judged together: whole folders (a folder is one Compose project), about this many files. */
const BATCH_FILES = 128;
/**
 * The one entry both shells call for a check: discover, then parse and judge folder by folder,
 * so only one batch of parsed trees is alive at a time (a large monorepo stays small in memory).
 */
async function check_check(options) {
    const { root, found, skipped } = await discoverFor(options);
    const findings = [];
    const sources = new Map();
    for await (const batch of judgeFolders(root, found, options, skipped, sources))
        findings.push(...batch.findings);
    return resultOf(root, sortAndDedupe(findings), skipped, sources);
}
/**
 * Parses and judges `found` a batch of whole folders at a time. Every file read, `.env` files
 * included, lands in `sources`, which also serves later batches that read the same `.env`.
 */
async function* judgeFolders(root, found, options, skipped, sources) {
    let done = 0;
    for (const files of folderBatches(found)) {
        const parsed = await parseWithEnvFiles(root, files, options.policy, skipped, sources);
        const findings = judge(parsed, options.policy);
        for (const p of parsed)
            sources.set(p.file.path, p.file);
        done += files.length;
        options.onProgress?.(done, found.length);
        yield { files, parsed, findings };
    }
}
/** A check's result: `findings` already sorted, files and sources in path order. */
function resultOf(root, findings, skipped, sources) {
    const files = [...sources.keys()].sort();
    return { root, files, findings, skipped: sortSkipped(skipped), sources: new Map(files.map((f) => [f, sources.get(f)])) };
}
async function discoverFor(options) {
    const root = (0,external_node_path_namespaceObject.resolve)(options.root);
    const { policy } = options;
    const found = await discover({
        root,
        paths: options.paths,
        include: [...policy.include, ...(options.include ?? [])],
        exclude: [...policy.exclude, ...(options.exclude ?? [])],
        maxFileSize: policy.maxFileSize,
        cwd: options.cwd,
    });
    return { root, found: found.files, skipped: [...found.skipped] };
}
/** Files grouped by folder (a Compose project), folders in the order of their first file. */
function byFolder(files) {
    const folders = new Map();
    for (const f of files) {
        const dir = external_node_path_namespaceObject.posix.dirname(f.path);
        const folder = folders.get(dir);
        if (folder)
            folder.push(f);
        else
            folders.set(dir, [f]);
    }
    return [...folders.values()];
}
/**
 * Whole folders, about BATCH_FILES files a batch. Grouped by folder, not cut from the sorted
 * list: `p/compose.yaml` < `p/db/compose.yaml` < `p/docker-compose.override.yml`, so a cut by
 * position could judge an override without its base.
 */
function* folderBatches(files) {
    let batch = [];
    for (const folder of byFolder([...files].sort(byPath))) {
        batch.push(...folder);
        if (batch.length >= BATCH_FILES) {
            yield batch;
            batch = [];
        }
    }
    if (batch.length)
        yield batch;
}
/**
 * Parses the given files and the `.env` files their compose files read. A `.env` already read
 * for an earlier batch is taken from `seen` (it may be shared across folders); `skipped` gets
 * each skip once.
 */
async function parseWithEnvFiles(root, files, policy, skipped, seen) {
    const parsed = files.map((f) => parseFile(new SourceFile(f.path, f.text, f.kind)));
    const known = new Set(parsed.map((p) => p.file.path));
    let realRoot;
    for (const path of envFilesToRead(parsed)) {
        if (known.has(path))
            continue;
        const again = seen.get(path);
        if (again) {
            parsed.push(parseFile(again));
            continue;
        }
        realRoot ??= external_node_fs_namespaceObject.realpathSync.native(root);
        const r = await readGuarded(root, path, policy.maxFileSize, realRoot);
        if (r.file)
            parsed.push(parseFile(new SourceFile(r.file.path, r.file.text, 'dotenv')));
        else if (r.skipped && !skipped.some((s) => s.path === r.skipped.path))
            skipped.push(r.skipped);
    }
    return parsed.sort((a, b) => byPath(a.file, b.file));
}
function sortSkipped(skipped) {
    return skipped.sort(byPath);
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = line_tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function line_tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/fix/diff.ts

/** A unified diff of one file, `a/` and `b/` prefixed like git's; empty when nothing changed. */
function unifiedDiff(path, before, after) {
    if (before === after)
        return '';
    return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}

;// CONCATENATED MODULE: ./src/fix/apply.ts
function candidate(finding, fix) {
    const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < edits.length; i++)
        if (edits[i].start < edits[i - 1].end)
            return undefined; // a fix must not overlap itself
    if (!edits.length || edits.some((e) => e.start > e.end))
        return undefined;
    return { finding, edits, start: edits[0].start, end: edits[edits.length - 1].end };
}
/**
 * Applies the fixes of `findings` to `text` (all edits in one file), in offset order. A fix that
 * overlaps one already taken is deferred, never merged: the next pass sees fresh offsets.
 */
function applyFixes(text, findings) {
    const candidates = findings
        .map((f) => (f.fix ? candidate(f, f.fix) : undefined))
        .filter((c) => !!c)
        .sort((a, b) => a.start - b.start || a.end - b.end);
    const applied = [];
    const deferred = [];
    let out = '';
    let pos = 0;
    let lastEnd = -1;
    let lastWasInsertAt = -1;
    const done = new Set();
    for (const c of candidates) {
        // One value reached by two findings (an anchor used by two tiers) gives the same fix twice.
        const key = JSON.stringify(c.edits.map((e) => [e.start, e.end, e.text]));
        if (done.has(key)) {
            applied.push(c.finding);
            continue;
        }
        const insertion = c.start === c.end;
        if (c.start < lastEnd || (insertion && c.start === lastWasInsertAt) || c.end > text.length) {
            deferred.push(c.finding);
            continue;
        }
        for (const e of c.edits) {
            out += text.slice(pos, e.start) + e.text;
            pos = e.end;
        }
        lastEnd = c.end;
        lastWasInsertAt = insertion ? c.start : -1;
        done.add(key);
        applied.push(c.finding);
    }
    return { output: out + text.slice(pos), applied, deferred };
}

;// CONCATENATED MODULE: ./src/fix/ranges.ts

/** The change from `before` to `after` as line-granular edits on `before`'s offsets. */
function changedRanges(file, before, after) {
    const edits = [];
    let offset = 0;
    let pending;
    for (const part of diffLines(before, after)) {
        if (!part.added && !part.removed) {
            if (pending)
                edits.push(pending);
            pending = undefined;
            offset += part.value.length;
            continue;
        }
        pending ??= { file, start: offset, end: offset, text: '' };
        if (part.removed) {
            offset += part.value.length;
            pending.end = offset;
        }
        else
            pending.text += part.value;
    }
    if (pending)
        edits.push(pending);
    return edits;
}

;// CONCATENATED MODULE: ./src/fix/fix.ts





const MAX_FIX_PASSES = 10;
/**
 * The one file this finding's fix would edit, if the fix is wanted. Suggestions change behaviour
 * beyond the policy's intent: they apply with `--fix-type suggestion`, or when the policy sets
 * `autofix: true` for their rule. A fix spanning several files is never applied.
 */
function fixableFile(f, type, rulesOf) {
    if (!f.fix)
        return undefined;
    if (type !== 'suggestion' && f.suggestion && rulesOf(f.location.file)[f.ruleId]?.autofix !== true)
        return undefined;
    const files = new Set(f.fix.edits.map((e) => e.file));
    return files.size === 1 ? [...files][0] : undefined;
}
/**
 * The fix loop, without any filesystem: judge, apply non-overlapping fixes per file, re-parse,
 * and repeat until nothing more is fixable (at most MAX_FIX_PASSES). A file whose result does not
 * parse, or still has the problems it was fixed for, or gains new ones, is left as it was.
 * `judged`: the findings of `input` as `judge` gives them, when the caller has them already.
 */
function fixParsed(input, policy, type = 'problem', judged) {
    const current = new Map(input.map((p) => [p.file.path, p]));
    const original = new Map(input.map((p) => [p.file.path, p]));
    const fixedBy = new Map();
    const history = new Map();
    let first;
    let findings = [];
    const rulesOf = rulesLookup(policy);
    let passes = 0;
    for (; passes < MAX_FIX_PASSES; passes++) {
        findings = passes === 0 && judged ? judged : judge([...current.values()], policy);
        first ??= findings;
        const byFile = new Map();
        for (const f of findings) {
            const file = fixableFile(f, type, rulesOf);
            if (file && current.has(file))
                byFile.set(file, [...(byFile.get(file) ?? []), f]);
        }
        let changed = false;
        for (const [path, list] of byFile) {
            const before = current.get(path);
            const { output, applied } = applyFixes(before.file.text, list);
            if (!applied.length || output === before.file.text)
                continue;
            const seen = history.get(path) ?? [];
            if (seen.includes(output))
                continue; // circular: a fix undoing another
            history.set(path, [...seen, before.file.text]);
            current.set(path, parseFile(new SourceFile(path, output, before.file.kind)));
            fixedBy.set(path, [...(fixedBy.get(path) ?? []), ...applied]);
            changed = true;
        }
        if (!changed)
            break;
    }
    if (passes > 0)
        findings = judge([...current.values()], policy);
    const failures = [];
    for (const path of fixedBy.keys()) {
        const reason = verify(original.get(path), current.get(path), fixedBy.get(path), first ?? [], findings);
        if (!reason)
            continue;
        current.set(path, original.get(path));
        fixedBy.delete(path);
        const file = original.get(path).file;
        const failure = withSeverity({ ruleId: 'fix-failed', message: `fixes were not applied to this file: ${reason}`, location: file.location(0, 0), range: [0, 0] }, rulesOf(path));
        if (failure)
            failures.push(failure);
    }
    if (failures.length)
        findings = judge([...current.values()], policy);
    const files = [...fixedBy.keys()].sort().map((path) => {
        const before = original.get(path).file.text;
        const after = current.get(path).file.text;
        return { path, before, after, fixed: fixedBy.get(path), edits: changedRanges(path, before, after) };
    });
    return { files, findings: sortAndDedupe([...findings, ...failures]), before: first ?? [], passes, parsed: [...current.values()] };
}
function count(findings, path, ruleId) {
    return findings.filter((f) => f.location.file === path && f.ruleId === ruleId).length;
}
/** Why a fixed file cannot be kept, or undefined when it can. */
function verify(before, after, fixed, initial, final) {
    const path = before.file.path;
    if (!before.error && after.error)
        return `the result would not parse (${after.error.message})`;
    for (const ruleId of new Set(fixed.map((f) => f.ruleId))) {
        if (count(final, path, ruleId) >= count(initial, path, ruleId))
            return `${ruleId} still reports the same problems after fixing`;
    }
    const had = new Set(initial.filter((f) => f.location.file === path).map((f) => f.ruleId));
    const added = final.find((f) => f.location.file === path && !had.has(f.ruleId));
    if (added)
        return `the result would raise a new ${added.ruleId} finding (${added.message})`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/fix/tree.ts





/** Files fixed together at most (whole folder groups, so a group may exceed it). */
const CHUNK_FILES = 256;
/**
 * Checks and fixes a whole tree while holding only a slice of it parsed. First every folder is
 * judged once, as `check()` does. Only folders with a fix to make are parsed again and fixed,
 * together with every folder that reads a `.env` file they share (a fix there changes what those
 * folders see), a few hundred files at a time.
 */
async function fixTree(options, type = 'problem') {
    const { root, found, skipped } = await discoverFor(options);
    const { policy } = options;
    const rulesOf = rulesLookup(policy);
    const original = new Map();
    const firstJudging = [];
    const folders = [];
    for await (const batch of judgeFolders(root, found, options, skipped, original)) {
        firstJudging.push(...batch.findings);
        const edited = new Set(batch.findings.map((f) => fixableFile(f, type, rulesOf)));
        const parsedByPath = new Map(batch.parsed.map((p) => [p.file.path, p]));
        for (const files of byFolder(batch.files)) {
            const own = files.map((f) => parsedByPath.get(f.path));
            const paths = new Set([...files.map((f) => f.path), ...envFilesToRead(own)]);
            folders.push({ files, paths, wantsFix: [...paths].some((p) => edited.has(p)) });
        }
    }
    const before = sortAndDedupe(firstJudging);
    const fixedSources = new Map();
    const after = [];
    const refixed = new Set();
    const files = [];
    let passes = 0;
    for (const chunk of fixChunks(folders)) {
        const parsed = await parseWithEnvFiles(root, chunk, policy, [], original);
        // A chunk holds every reader of its .env files: its findings are exactly those of the first judging.
        const paths = new Set(parsed.map((p) => p.file.path));
        const outcome = fixParsed(parsed, policy, type, before.filter((f) => paths.has(f.location.file)));
        for (const path of paths)
            refixed.add(path);
        for (const p of outcome.parsed)
            fixedSources.set(p.file.path, p.file);
        after.push(...outcome.findings);
        files.push(...outcome.files);
        passes = Math.max(passes, outcome.passes);
    }
    // Folders with nothing to fix keep the findings of the first judging.
    after.push(...before.filter((f) => !refixed.has(f.location.file)));
    return {
        files: files.sort(byPath),
        before: resultOf(root, before, skipped, original),
        after: resultOf(root, sortAndDedupe(after), skipped, new Map([...original, ...fixedSources])),
        passes,
    };
}
/**
 * The folders to fix, in chunks of about CHUNK_FILES files: folders sharing a path (a `.env`
 * read by several) always land in one chunk, and a group is fixed if any of its folders needs it.
 */
function* fixChunks(folders) {
    const parent = folders.map((_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const owner = new Map();
    folders.forEach((folder, i) => {
        for (const path of folder.paths) {
            const j = owner.get(path);
            if (j === undefined)
                owner.set(path, i);
            else
                parent[find(i)] = find(j);
        }
    });
    const groups = new Map();
    folders.forEach((folder, i) => {
        const group = groups.get(find(i));
        if (group)
            group.push(folder);
        else
            groups.set(find(i), [folder]);
    });
    let chunk = [];
    for (const group of groups.values()) {
        if (!group.some((f) => f.wantsFix))
            continue;
        chunk.push(...group.flatMap((f) => f.files));
        if (chunk.length >= CHUNK_FILES) {
            yield chunk;
            chunk = [];
        }
    }
    if (chunk.length)
        yield chunk;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/fix/write.ts



/**
 * Replaces a file's contents atomically: write a temporary file beside it, copy the mode, rename
 * over the original. A reader sees the old file or the new one, never half of either.
 */
function writeFileAtomic(path, text) {
    const mode = (0,external_node_fs_namespaceObject.statSync)(path).mode & 0o7777;
    const tmp = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), `.${(0,external_node_path_namespaceObject.basename)(path)}.clawcheck-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}.tmp`);
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(tmp, text, { mode });
        (0,external_node_fs_namespaceObject.chmodSync)(tmp, mode);
        (0,external_node_fs_namespaceObject.renameSync)(tmp, path);
    }
    catch (e) {
        try {
            (0,external_node_fs_namespaceObject.unlinkSync)(tmp);
        }
        catch {
            /* already gone */
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/generated/assets.ts
// Generated by scripts/gen-assets.mjs from src/policy/recommended.yml and package.json. Do not edit.
const RECOMMENDED_POLICY_YAML = "# The recommended policy: what the Feb 2026 GLM-4.7 → gpt-oss-120b migration taught.\n# A project changes any of it in .clawcheck.yml (`extends: recommended` is implied).\n$schema: ../../schemas/policy.schema.json\n\nrules:\n  banned-model:\n    severity: error\n    options:\n      # Model ids that fail on Cloud.ru FM (HTTP 404, timeouts, `content: null` in thinking mode).\n      # Case-insensitive regular expressions matched against the end of a model id; the matched\n      # part is replaced, anything before it (a provider prefix like `cloudru-fm/`) is kept.\n      patterns:\n        - '(?:zai-org/)?GLM-4\\.7(?:-Flash|-FlashX)?'\n      replacement: openai/gpt-oss-120b\n      # true: ban these ids in every context, not only through Cloud.ru FM.\n      everywhere: false\n      # Severity for a display `name` that mentions a banned id.\n      nameSeverity: warning\n  disable-thinking:\n    severity: error\n    options:\n      variable: DISABLE_THINKING\n      value: 'true'\n  proxy-image-tag:\n    severity: error\n    options:\n      # `owner/name` of the image the tag rule applies to (any registry prefix).\n      image: legard/claude-code-proxy\n      allowedTags: [latest]\n      allowDigest: true\n  proxy-read-only:\n    severity: error\n  proxy-user:\n    severity: error\n    options:\n      allowedUsers: ['0', 'root', '0:0', 'root:root']\n  model-tiers:\n    severity: warning\n    options:\n      tiers: [BIG_MODEL, MIDDLE_MODEL, SMALL_MODEL]\n      required: [OPENAI_API_KEY, OPENAI_BASE_URL]\n      legacy:\n        API_KEY: OPENAI_API_KEY\n        API_BASE_URL: OPENAI_BASE_URL\n      integers: [PORT, MAX_TOKENS_LIMIT, MIN_TOKENS_LIMIT, REQUEST_TIMEOUT, MAX_RETRIES]\n  openclaw-thinking:\n    severity: warning\n    options:\n      thinkingDefault: 'off'\n  schema:\n    severity: error\n  parse-error:\n    severity: error\n\nproxy:\n  images: [claude-code-proxy]\n  variables: [BIG_MODEL, MIDDLE_MODEL, SMALL_MODEL]\n  services: []\n\ncloudru:\n  hosts: [foundation-models.api.cloud.ru]\n  localProxyPorts: [8082]\n  # Provider ids that always mean Cloud.ru FM, also where their definition sits in another file\n  # (openclaw's $include splits configs); other providers are judged by their baseUrl.\n  providers: [cloudru-fm]\n\ninclude: []\nexclude: []\nmaxFileSize: 1048576\noverrides: []\n";
const VERSION = "0.1.0";

;// CONCATENATED MODULE: ./src/policy/load.ts







/** A policy that cannot be used: exit code 2, with the exact place. */
class PolicyError extends Error {
    file;
    line;
    column;
    constructor(message, file, line, column) {
        super(file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ${message}` : message);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
const POLICY_FILE_NAMES = ['.clawcheck.yml', '.clawcheck.yaml'];
function emptyPolicy() {
    return {
        rules: {},
        proxy: { images: [], variables: [], services: [] },
        cloudru: { hosts: [], localProxyPorts: [], providers: [] },
        include: [],
        exclude: [],
        maxFileSize: 1024 * 1024,
        overrides: [],
    };
}
function parsePolicyText(text, displayPath) {
    const file = new SourceFile(displayPath, text, 'compose');
    const parsed = parseYaml(text);
    if (parsed.error) {
        const loc = file.location(parsed.error.offset);
        throw new PolicyError(parsed.error.message, displayPath, loc.line, loc.column);
    }
    const root = parsed.documents[0]?.root ?? null;
    if (root === null)
        return {};
    const problems = validatePolicyValue(root, file);
    if (problems.length) {
        const p = problems[0];
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
        throw new PolicyError(p.message + more, displayPath, p.location.line, p.location.column);
    }
    return plainValueWithin(root);
}
function apply(base, raw) {
    return {
        rules: mergeRules(base.rules, raw.rules),
        proxy: { ...base.proxy, ...(raw.proxy ?? {}) },
        cloudru: { ...base.cloudru, ...(raw.cloudru ?? {}) },
        include: [...base.include, ...(raw.include ?? [])],
        exclude: [...base.exclude, ...(raw.exclude ?? [])],
        maxFileSize: raw.maxFileSize ?? base.maxFileSize,
        overrides: [
            ...base.overrides,
            ...(raw.overrides ?? []).map((o) => ({ files: o.files, rules: o.rules ?? {} })),
        ],
    };
}
/**
 * Where `extends` names `parent` in the policy file at `path`, for an error about that entry.
 * Read again only on that error path; undefined when the file cannot be read or parsed.
 */
function extendsEntry(path, parent) {
    if (!path || !(0,external_node_fs_namespaceObject.existsSync)(path))
        return undefined;
    try {
        const text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
        const root = parseYaml(text).documents[0]?.root;
        const value = root?.kind === 'map' ? root.entries.find((e) => e.key === 'extends')?.value : undefined;
        const items = value?.kind === 'seq' ? value.items : value ? [value] : [];
        const hit = items.find((n) => n.kind === 'scalar' && n.value === parent);
        if (!hit)
            return undefined;
        const { line, column } = new SourceFile(path, text, 'compose').location(hit.range[0]);
        return { line, column };
    }
    catch {
        return undefined;
    }
}
/** A PolicyError about the `extends` entry naming `parent` in the last file of `chain`. */
function extendsError(message, chain, parent, cwd) {
    const file = chain[chain.length - 1];
    const at = extendsEntry(file, parent);
    return new PolicyError(message, file === undefined ? undefined : (0,external_node_path_namespaceObject.relative)(cwd, file) || file, at?.line, at?.column);
}
/**
 * The layers under `raw`, depth-first: each parent's own parents come before it, and a file (or
 * `recommended`) reached twice is applied once, where it is first reached. Applying a parent as
 * a whole again would undo what the layers between changed (`extends: [a.yml, b.yml]` with both
 * on `recommended` would reset a.yml's settings). A cycle is a PolicyError naming the chain.
 */
function parentLayers(raw, fromDir, chain, seen, out, cwd) {
    const parents = raw.extends === undefined ? ['recommended'] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    for (const parent of parents) {
        if (parent === 'none')
            continue;
        if (parent === 'recommended') {
            if (!seen.has('recommended'))
                out.push({ raw: parsePolicyText(RECOMMENDED_POLICY_YAML, 'recommended'), source: 'recommended' });
            seen.add('recommended');
            continue;
        }
        const path = (0,external_node_path_namespaceObject.isAbsolute)(parent) ? parent : (0,external_node_path_namespaceObject.resolve)(fromDir, parent);
        // Both errors point at the `extends` entry that names the parent (file:line:column).
        if (chain.includes(path))
            throw extendsError(`"extends" forms a cycle: ${[...chain, path].map((p) => (0,external_node_path_namespaceObject.relative)(cwd, p) || p).join(' → ')}`, chain, parent, cwd);
        if (!(0,external_node_fs_namespaceObject.existsSync)(path))
            throw extendsError(`"extends" names ${parent}, which does not exist`, chain, parent, cwd);
        if (seen.has(path))
            continue;
        const parentRaw = parsePolicyText((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'), path);
        parentLayers(parentRaw, (0,external_node_path_namespaceObject.dirname)(path), [...chain, path], seen, out, cwd);
        seen.add(path);
        out.push({ raw: parentRaw, source: path });
    }
    return out;
}
/** `raw` over its parents; `sources` gets every layer's name, in the order applied. */
function resolvePolicy(raw, fromDir, chain, sources, cwd = process.cwd()) {
    let policy = emptyPolicy();
    for (const layer of parentLayers(raw, fromDir, chain, new Set(), [], cwd)) {
        policy = apply(policy, layer.raw);
        sources.push(layer.source);
    }
    return apply(policy, raw);
}
/** The recommended policy alone. */
function recommendedPolicy() {
    return resolvePolicy({}, process.cwd(), [], []);
}
/** Policy from text (tests, the Action's inline input). */
function policyFromText(text, displayPath = '.clawcheck.yml', dir = process.cwd()) {
    const sources = [];
    const policy = resolvePolicy(parsePolicyText(text, displayPath), dir, [resolve(dir, displayPath)], sources);
    sources.push(displayPath);
    return { policy, sources };
}
/** `--config FILE`, else `.clawcheck.yml` at the scan root, else the recommended policy. */
function loadPolicy(root, configPath, cwd = process.cwd()) {
    const path = configPath ? (0,external_node_path_namespaceObject.resolve)(cwd, configPath) : POLICY_FILE_NAMES.map((n) => (0,external_node_path_namespaceObject.join)(root, n)).find((p) => (0,external_node_fs_namespaceObject.existsSync)(p));
    if (!path) {
        const sources = [];
        return { policy: resolvePolicy({}, root, [], sources), sources };
    }
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (e) {
        throw new PolicyError(`cannot read the policy file: ${e.message}`, path);
    }
    const shown = (0,external_node_path_namespaceObject.relative)(cwd, path) || path;
    const sources = [];
    const policy = resolvePolicy(parsePolicyText(text, shown), (0,external_node_path_namespaceObject.dirname)(path), [path], sources, cwd);
    sources.push(shown);
    return { policy, sources };
}

;// CONCATENATED MODULE: ./src/report/github.ts
/**
 * GitHub Actions workflow commands (`::error file=…::message`), which the runner turns into
 * annotations. Every finding is emitted: GitHub's per-step caps (10 per level, 50 per job)
 * are handled by the Action layer, which knows what else the step prints.
 */

/** The workflow command that annotates a finding of each severity. */
const LEVEL_BY_SEVERITY = {
    error: 'error',
    warning: 'warning',
    info: 'notice',
};
/** Escaping of the message part, as in @actions/core `escapeData`. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escaping of a property value, as in @actions/core `escapeProperty`: also `:` and `,`. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function workflowCommand(level, properties, message) {
    const props = properties
        .filter((entry) => entry[1] !== undefined)
        .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${level}${props ? ' ' + props : ''}::${escapeData(message)}`;
}
/**
 * Columns go out only when the range sits on one line: the Checks API rejects column ranges
 * across lines (start_column/end_column "only on the same line").
 *
 * `endColumn` is sent exclusive, unchanged from our Location: GitHub documents no convention,
 * tools that verified it (ruff's GitHub format, reports on github/docs#40038) treat it as
 * exclusive, and the UI does not render columns anyway. A zero-width range is widened to one
 * character so that start < end always holds (GitHub rejects start_column > end_column).
 */
function annotationProperties(finding) {
    const loc = finding.location;
    const sameLine = loc.endLine === loc.line;
    return [
        ['file', loc.file],
        ['line', loc.line],
        ['col', sameLine ? loc.column : undefined],
        ['endLine', loc.endLine],
        ['endColumn', sameLine ? Math.max(loc.endColumn, loc.column + 1) : undefined],
        ['title', finding.ruleId],
    ];
}
function formatGithub(result) {
    const lines = [...result.findings]
        .sort(compareFindings)
        .map((f) => workflowCommand(LEVEL_BY_SEVERITY[f.severity], annotationProperties(f), f.message));
    for (const skipped of result.skipped) {
        lines.push(workflowCommand('notice', [['file', skipped.path], ['title', 'clawcheck: skipped']], `skipped: ${skipped.message}`));
    }
    return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
const githubReporter = {
    name: 'github',
    format: (result) => formatGithub(result),
};

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * Machine-readable output with a small, stable shape (a public contract: add fields, never
 * rename). Pretty-printed with two spaces: readable in CI logs and diffable, at little cost.
 */

function findingRecord(finding) {
    const { file, line, column, endLine, endColumn } = finding.location;
    return { ruleId: finding.ruleId, severity: finding.severity, file, line, column, endLine, endColumn, message: finding.message, fixable: finding.fix !== undefined };
}
function toJsonFinding(finding) {
    const out = findingRecord(finding);
    if (finding.fix && finding.suggestion)
        out.suggestion = true;
    if (finding.related && finding.related.length > 0) {
        out.related = finding.related.map((r) => ({
            file: r.file,
            line: r.line,
            column: r.column,
            endLine: r.endLine,
            endColumn: r.endColumn,
            message: r.message,
        }));
    }
    return out;
}
function buildJsonReport(result) {
    return {
        files: [...result.files],
        findings: [...result.findings].sort(compareFindings).map(toJsonFinding),
        skipped: result.skipped.map((s) => ({ path: s.path, reason: s.reason, message: s.message })),
    };
}
const jsonReporter = {
    name: 'json',
    format: (result) => JSON.stringify(buildJsonReport(result), null, 2) + '\n',
};

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/rules/types.ts
const DOCS_BASE_URL = 'https://github.com/clawcheck/clawcheck/blob/main/docs/rules/';
function docsUrl(ruleId) {
    return `${DOCS_BASE_URL}${ruleId}.md`;
}

;// CONCATENATED MODULE: ./src/report/sarif-fingerprint.ts
/**
 * Partial fingerprints that let GitHub code scanning match a result across commits. They hash
 * what identifies the problem — rule, file, the reported source text and the message — and
 * never the line number, so inserting unrelated lines above a finding keeps its fingerprint.
 */

/** Versioned key name, as SARIF recommends, so the scheme can change without collisions. */
const FINGERPRINT_KEY = 'clawcheckFingerprint/v1';
/** Trimmed text of the reported line(s); a range that ends at column 1 stops on the line before. */
function reportedText(finding, source) {
    if (!source)
        return '';
    const { line, endLine, endColumn } = finding.location;
    const lastLine = endLine > line && endColumn === 1 ? endLine - 1 : endLine;
    const lines = [];
    for (let n = line; n <= Math.max(line, lastLine) && n <= source.lines.lineCount; n++) {
        lines.push(source.lines.lineText(n).trim());
    }
    return lines.join('\n');
}
function identityHash(finding, source) {
    const parts = [finding.ruleId, finding.location.file, reportedText(finding, source), finding.message];
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
/**
 * One fingerprint per finding, in the given order: `<hash>:<n>`, where n counts earlier
 * findings with the same hash (two identical lines with the same problem stay distinct), the
 * same shape as GitHub's own `primaryLocationLineHash`.
 */
function fingerprints(findings, sources) {
    const seen = new Map();
    return findings.map((finding) => {
        const hash = identityHash(finding, sources.get(finding.location.file));
        const occurrence = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, occurrence);
        return `${hash}:${occurrence}`;
    });
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). Shaped to pass
 * `sarif-multitool validate --rule-kind "Gh;Sarif"` with zero errors: every rule carries
 * short/full descriptions and help, every location is relative to %SRCROOT%.
 */





const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_INFORMATION_URI = 'https://github.com/clawcheck/clawcheck';
const SRCROOT = '%SRCROOT%';
const sarif_LEVEL_BY_SEVERITY = { error: 'error', warning: 'warning', info: 'note' };
/** A relative `/`-separated path as a URI reference: each segment percent-encoded (spaces, unicode, `#`, `?`). */
function pathToUriReference(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/** The scan root as an absolute `file:` URI ending in `/`, as SARIF requires for a base. */
function rootUri(root) {
    const href = (0,external_node_url_namespaceObject.pathToFileURL)((0,external_node_path_namespaceObject.resolve)(root)).href;
    return href.endsWith('/') ? href : `${href}/`;
}
function ruleDescriptor(meta) {
    const url = docsUrl(meta.id);
    return {
        id: meta.id,
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.description },
        help: { text: `${meta.description}\nDocumentation: ${url}`, markdown: `${meta.description}\n\n[Documentation](${url})` },
        helpUri: url,
        defaultConfiguration: { level: sarif_LEVEL_BY_SEVERITY[meta.defaultSeverity] },
        properties: { fixable: meta.fixable, tags: ['clawcheck'] },
    };
}
/** Findings may come from ids without metadata (parse errors): describe them minimally. */
function fallbackMeta(ruleId, severity) {
    return { id: ruleId, description: `clawcheck ${ruleId}`, defaultSeverity: severity, fixable: false, docs: '' };
}
/**
 * A SARIF region for a reported range. SARIF's endColumn is exclusive, as ours is. A
 * zero-width range is widened to one character: GitHub rejects empty result regions.
 */
function reportRegion(loc) {
    const zeroWidth = loc.endLine === loc.line && loc.endColumn <= loc.column;
    return {
        startLine: loc.line,
        startColumn: loc.column,
        endLine: loc.endLine,
        endColumn: zeroWidth ? loc.column + 1 : loc.endColumn,
    };
}
class ArtifactTable {
    artifacts = [];
    indexByPath = new Map();
    /** A checked file: listed with its role and size (GitHub ignores these; other viewers use them). */
    addAnalysisTarget(path, source) {
        const artifact = {
            location: { uri: pathToUriReference(path), uriBaseId: SRCROOT },
            roles: ['analysisTarget'],
        };
        if (source)
            artifact.length = Buffer.byteLength(source.text, 'utf8');
        this.indexByPath.set(path, this.artifacts.length);
        this.artifacts.push(artifact);
    }
    location(path) {
        let index = this.indexByPath.get(path);
        if (index === undefined) {
            index = this.artifacts.length;
            this.indexByPath.set(path, index);
            this.artifacts.push({ location: { uri: pathToUriReference(path), uriBaseId: SRCROOT } });
        }
        return { uri: pathToUriReference(path), uriBaseId: SRCROOT, index };
    }
}
/** A fix as SARIF replacements; exact line/column regions when the file's text is known. */
function sarifFix(fix, suggestion, sources, table) {
    const files = [...new Set(fix.edits.map((e) => e.file))];
    return {
        description: { text: fix.description },
        artifactChanges: files.map((file) => {
            const source = sources.get(file);
            const edits = fix.edits.filter((e) => e.file === file).sort((a, b) => a.start - b.start);
            return {
                artifactLocation: table.location(file),
                replacements: edits.map((edit) => {
                    let deletedRegion;
                    if (source) {
                        const a = source.lines.position(edit.start);
                        const b = source.lines.position(edit.end);
                        deletedRegion = { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
                    }
                    else {
                        deletedRegion = { charOffset: edit.start, charLength: edit.end - edit.start };
                    }
                    return { deletedRegion, insertedContent: { text: edit.text } };
                }),
            };
        }),
        ...(suggestion ? { properties: { suggestion: true } } : {}),
    };
}
function buildSarifLog(result, ctx) {
    const findings = [...result.findings].sort(compareFindings);
    const table = new ArtifactTable();
    for (const file of result.files)
        table.addAnalysisTarget(file, result.sources.get(file));
    const rules = [];
    const ruleIndex = new Map();
    const addRule = (meta) => {
        if (ruleIndex.has(meta.id))
            return;
        ruleIndex.set(meta.id, rules.length);
        rules.push(ruleDescriptor(meta));
    };
    ctx.rules.forEach(addRule);
    for (const f of findings)
        addRule(fallbackMeta(f.ruleId, f.severity));
    const prints = fingerprints(findings, result.sources);
    const results = findings.map((finding, i) => {
        const out = {
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId),
            level: sarif_LEVEL_BY_SEVERITY[finding.severity],
            message: { text: finding.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: table.location(finding.location.file),
                        region: reportRegion(finding.location),
                    },
                },
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
        };
        if (finding.related && finding.related.length > 0) {
            out.relatedLocations = finding.related.map((r, j) => ({
                id: j + 1,
                physicalLocation: { artifactLocation: table.location(r.file), region: reportRegion(r) },
                message: { text: r.message },
            }));
        }
        if (finding.fix)
            out.fixes = [sarifFix(finding.fix, finding.suggestion === true, result.sources, table)];
        return out;
    });
    // Skipped paths are not results (nothing was checked), but must not vanish: tool notifications.
    const notifications = result.skipped.map((s) => ({
        level: 'note',
        message: { text: `skipped: ${s.message}` },
        descriptor: { id: `skipped/${s.reason}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: pathToUriReference(s.path), uriBaseId: SRCROOT } } }],
    }));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'clawcheck',
                        version: ctx.version,
                        semanticVersion: ctx.version,
                        informationUri: TOOL_INFORMATION_URI,
                        rules,
                    },
                },
                originalUriBaseIds: { [SRCROOT]: { uri: rootUri(result.root) } },
                artifacts: table.artifacts,
                // Our columns count UTF-16 code units (JS string offsets); say so rather than rely on the default.
                columnKind: 'utf16CodeUnits',
                results,
                invocations: [
                    {
                        executionSuccessful: true,
                        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
                    },
                ],
            },
        ],
    };
}
const sarifReporter = {
    name: 'sarif',
    format: (result, ctx) => JSON.stringify(buildSarifLog(result, ctx), null, 2) + '\n',
};

;// CONCATENATED MODULE: ./src/report/terminal-text.ts
/**
 * Text helpers for terminal output: ANSI colour, escaping of control characters taken from
 * scanned files, and display widths (tabs, wide and zero-width characters).
 */
const ANSI_OPEN = {
    red: '\u001b[31m',
    yellow: '\u001b[33m',
    cyan: '\u001b[36m',
    green: '\u001b[32m',
    dim: '\u001b[2m',
    bold: '\u001b[1m',
    underline: '\u001b[4m',
};
const ANSI_CLOSE = {
    red: '\u001b[39m',
    yellow: '\u001b[39m',
    cyan: '\u001b[39m',
    green: '\u001b[39m',
    dim: '\u001b[22m',
    bold: '\u001b[22m',
    underline: '\u001b[24m',
};
function painter(color) {
    if (!color)
        return (_style, text) => text;
    return (style, text) => (text === '' ? '' : `${ANSI_OPEN[style]}${text}${ANSI_CLOSE[style]}`);
}
/**
 * Characters a terminal would act on rather than print: C0 (except tab, which callers expand),
 * DEL, C1, and the bidirectional overrides/isolates used in "Trojan source" tricks.
 */
function isUnsafeCodePoint(cp) {
    return ((cp < 0x20 && cp !== 0x09) ||
        (cp >= 0x7f && cp <= 0x9f) ||
        (cp >= 0x202a && cp <= 0x202e) ||
        (cp >= 0x2066 && cp <= 0x2069) ||
        cp === 0x2028 ||
        cp === 0x2029);
}
function escapeCodePoint(cp) {
    return cp <= 0xff ? `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${cp.toString(16).toUpperCase()}}`;
}
/** Make one line of untrusted text safe to print: tabs and control characters become visible escapes. */
function escapeControl(text) {
    let out = '';
    for (const ch of text) {
        const cp = ch.codePointAt(0);
        out += cp === 0x09 ? '\\t' : isUnsafeCodePoint(cp) ? escapeCodePoint(cp) : ch;
    }
    return out;
}
/** Terminal cells a code point occupies: 0 for combining marks, 2 for East Asian wide and emoji. */
function codePointWidth(cp) {
    if ((cp >= 0x0300 && cp <= 0x036f) ||
        (cp >= 0x200b && cp <= 0x200f) ||
        (cp >= 0xfe00 && cp <= 0xfe0f) ||
        cp === 0xfeff) {
        return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115f) ||
        (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) ||
        (cp >= 0x1f300 && cp <= 0x1f64f) ||
        (cp >= 0x1f900 && cp <= 0x1f9ff) ||
        (cp >= 0x20000 && cp <= 0x3fffd)) {
        return 2;
    }
    return 1;
}
const TAB_WIDTH = 4;
/**
 * Lay out a source line code unit by code unit (our columns are UTF-16 offsets), expanding
 * tabs to the next tab stop and escaping control characters, so a column maps to a cell.
 */
function layoutLine(line) {
    const units = [];
    let cell = 0;
    for (let i = 0; i < line.length; i++) {
        const cp = line.codePointAt(i);
        let unit;
        if (cp === 0x09) {
            const width = TAB_WIDTH - (cell % TAB_WIDTH);
            unit = { text: ' '.repeat(width), width };
        }
        else if (isUnsafeCodePoint(cp)) {
            const text = escapeCodePoint(cp);
            unit = { text, width: text.length };
        }
        else {
            const text = String.fromCodePoint(cp);
            unit = { text, width: codePointWidth(cp) };
        }
        units.push(unit);
        cell += unit.width;
        if (cp > 0xffff) {
            units.push({ text: '', width: 0 });
            i++;
        }
    }
    return units;
}

;// CONCATENATED MODULE: ./src/report/code-frame.ts

/** Source cells shown per frame line; longer lines are clipped around the reported column. */
const MAX_FRAME_CELLS = 100;
/** Cells kept before the reported column when a long line is clipped. */
const CELLS_BEFORE_COLUMN = 30;
const ELLIPSIS = '…';
/**
 * Place [startIndex, endIndex) of `line` (UTF-16 offsets) on screen. A range reaching past the
 * line (multi-line findings) is cut at the end of the line; a long line is clipped to a window
 * of MAX_FRAME_CELLS around the start, marked with `…` on the clipped sides.
 */
function layoutFrame(line, startIndex, endIndex) {
    const units = layoutLine(line);
    const start = Math.max(0, Math.min(startIndex, units.length));
    const end = Math.max(start, Math.min(endIndex, units.length));
    const cellAt = [0];
    for (const unit of units)
        cellAt.push(cellAt[cellAt.length - 1] + unit.width);
    const totalCells = cellAt[units.length];
    const startCell = cellAt[start];
    const endCell = cellAt[end];
    if (totalCells <= MAX_FRAME_CELLS) {
        return {
            text: units.map((u) => u.text).join(''),
            underlineStart: startCell,
            underlineWidth: Math.max(1, endCell - startCell),
        };
    }
    const windowStart = Math.max(0, Math.min(startCell - CELLS_BEFORE_COLUMN, totalCells - MAX_FRAME_CELLS));
    const windowEnd = windowStart + MAX_FRAME_CELLS;
    // Whole units only: a wide character straddling the window edge is left out.
    let first = 0;
    while (first < units.length && cellAt[first] < windowStart)
        first++;
    let last = first;
    while (last < units.length && cellAt[last + 1] <= windowEnd)
        last++;
    const prefix = first > 0 ? ELLIPSIS : '';
    const suffix = last < units.length ? ELLIPSIS : '';
    const shownEndCell = cellAt[last];
    const underlineEndCell = Math.min(endCell, shownEndCell);
    return {
        text: prefix + units.slice(first, last).map((u) => u.text).join('') + suffix,
        underlineStart: prefix.length + Math.max(0, startCell - cellAt[first]),
        underlineWidth: Math.max(1, underlineEndCell - startCell),
    };
}
/**
 * Two lines: `  12 | <source line>` and `     | ^~~~`. Empty when the file's text is unknown
 * or the location lies outside it.
 */
function codeFrame(source, loc, paint, style) {
    if (!source || loc.line < 1 || loc.line > source.lines.lineCount)
        return [];
    const line = source.lines.lineText(loc.line);
    const endIndex = loc.endLine === loc.line ? loc.endColumn - 1 : line.length;
    const frame = layoutFrame(line, loc.column - 1, endIndex);
    const lineNumber = String(loc.line);
    const gutter = paint('dim', `  ${lineNumber} |`);
    const emptyGutter = paint('dim', `  ${' '.repeat(lineNumber.length)} |`);
    const underline = '^' + '~'.repeat(frame.underlineWidth - 1);
    return [
        frame.text === '' ? gutter : `${gutter} ${frame.text}`,
        `${emptyGutter} ${' '.repeat(frame.underlineStart)}${paint(style, underline)}`,
    ];
}

;// CONCATENATED MODULE: ./src/report/plural.ts
/** `1 file`, `2 files`, `0 files`: the count and the word, plural unless the count is 1. */
function plural(count, word, words = `${word}s`) {
    return `${count} ${count === 1 ? word : words}`;
}

;// CONCATENATED MODULE: ./src/report/stylish.ts
/**
 * Human output in the style of ESLint's "stylish": findings grouped by file, each with a
 * clickable `file:line:col`, a code frame, then skipped paths and a summary footer.
 */




const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'cyan' };
/** Width of the longest severity word, so messages line up. */
const SEVERITY_PAD = 'warning'.length;
function findingLines(finding, result, paint) {
    const loc = finding.location;
    const style = SEVERITY_STYLE[finding.severity];
    const position = `${escapeControl(loc.file)}:${loc.line}:${loc.column}`;
    const severity = paint(style, finding.severity) + ' '.repeat(SEVERITY_PAD - finding.severity.length);
    const header = `${position}  ${severity}  ${escapeControl(finding.message)}  ${paint('dim', finding.ruleId)}`;
    return [header, ...codeFrame(result.sources.get(loc.file), loc, paint, style)];
}
function summaryLines(findings, paint) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const infos = findings.length - errors - warnings;
    const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
    if (infos > 0)
        counts.push(`${infos} info`);
    const style = errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'cyan';
    const lines = [paint(style, paint('bold', `✖ ${plural(findings.length, 'problem')} (${counts.join(', ')})`))];
    // Safe fixes apply with --fix; suggestions change behaviour and need an explicit opt-in.
    const fixable = findings.filter((f) => f.fix && !f.suggestion).length;
    const suggestions = findings.filter((f) => f.fix && f.suggestion).length;
    if (fixable > 0)
        lines.push(paint(style, `  ${fixable} fixable with --fix`));
    if (suggestions > 0)
        lines.push(paint(style, `  ${suggestions} fixable with --fix-type suggestion`));
    return lines;
}
/**
 * Empty result (no findings, nothing skipped) → empty string, like ESLint, so a clean run
 * prints nothing and `clawcheck > report.txt` stays empty.
 */
function formatStylish(result, ctx) {
    const paint = painter(ctx.color);
    const findings = [...result.findings].sort(compareFindings);
    const blocks = [];
    let current = [];
    let currentFile;
    for (const finding of findings) {
        if (finding.location.file !== currentFile) {
            if (current.length > 0)
                blocks.push(current.join('\n'));
            // Every finding line carries its path (clickable); a blank line separates files.
            current = [];
            currentFile = finding.location.file;
        }
        current.push(...findingLines(finding, result, paint));
    }
    if (current.length > 0)
        blocks.push(current.join('\n'));
    if (result.skipped.length > 0) {
        blocks.push(result.skipped
            .map((s) => `${paint('cyan', 'skipped:')} ${escapeControl(s.path)} — ${escapeControl(s.message)}`)
            .join('\n'));
    }
    if (findings.length > 0)
        blocks.push(summaryLines(findings, paint).join('\n'));
    return blocks.length === 0 ? '' : blocks.join('\n\n') + '\n';
}
const stylishReporter = {
    name: 'stylish',
    format: formatStylish,
};

;// CONCATENATED MODULE: ./src/report/index.ts




const REPORTER_NAMES = ['stylish', 'json', 'sarif', 'github'];
const REPORTERS = {
    stylish: stylishReporter,
    json: jsonReporter,
    sarif: sarifReporter,
    github: githubReporter,
};
function isReporterName(name) {
    return REPORTER_NAMES.includes(name);
}
function getReporter(name) {
    // Names can arrive from untyped sources (CLI flags, action inputs): fail with the valid list.
    if (!isReporterName(name))
        throw new Error(`Unknown format "${String(name)}"; expected one of: ${REPORTER_NAMES.join(', ')}`);
    return REPORTERS[name];
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts


class UsageError extends Error {
}
const HELP = `Usage: clawcheck [options] [paths...]

Checks docker-compose files that run claude-code-proxy and openclaw.json configs
against the policy in .clawcheck.yml (or the recommended policy).

Options:
  -f, --format <name>      stylish (default), json, sarif, github
  -o, --output <file>      write the report to a file instead of stdout
  -c, --config <file>      policy file (default: .clawcheck.yml in the current folder)
      --fail-on <level>    error (default), warning or never: exit 1 at or above it
      --max-warnings <n>   exit 1 when there are more than n warnings
      --include <glob>     also check files matching this glob (repeatable)
      --exclude <glob>     skip files matching this glob (repeatable)
      --fix                fix what can be fixed, writing files in place; report what remains
      --fix-dry-run        print the fixes as a unified diff and write nothing
      --fix-type <type>    problem (default) or suggestion: also apply fixes that change behaviour
  -q, --quiet              report errors only
      --color, --no-color  force colour on or off (default: on for a terminal, off under NO_COLOR)
      --print-config       print the resolved policy as JSON and exit
      --rules              list the rules and exit
  -v, --version            print the version and exit
  -h, --help               print this help and exit

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or policy error, 3 internal error.
`;
function parseCli(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', short: 'f' },
                output: { type: 'string', short: 'o' },
                config: { type: 'string', short: 'c' },
                'fail-on': { type: 'string' },
                'max-warnings': { type: 'string' },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
                quiet: { type: 'boolean', short: 'q' },
                fix: { type: 'boolean' },
                'fix-dry-run': { type: 'boolean' },
                'fix-type': { type: 'string' },
                color: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                'print-config': { type: 'boolean' },
                rules: { type: 'boolean' },
                version: { type: 'boolean', short: 'v' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (e) {
        throw new UsageError(e.message);
    }
    const v = parsed.values;
    const format = v.format ?? 'stylish';
    if (!isReporterName(format))
        throw new UsageError(`unknown --format "${format}"; expected one of: ${REPORTER_NAMES.join(', ')}`);
    const failOn = v['fail-on'] ?? 'error';
    if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never')
        throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
    let maxWarnings;
    if (v['max-warnings'] !== undefined) {
        maxWarnings = Number(v['max-warnings']);
        if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
            throw new UsageError(`--max-warnings takes a whole number ≥ 0, not "${v['max-warnings']}"`);
    }
    const fixType = v['fix-type'];
    if (fixType !== undefined && fixType !== 'problem' && fixType !== 'suggestion')
        throw new UsageError(`--fix-type must be problem or suggestion, not "${fixType}"`);
    if (v.fix && v['fix-dry-run'])
        throw new UsageError('use either --fix or --fix-dry-run, not both');
    return {
        paths: parsed.positionals,
        fix: !!v.fix,
        fixDryRun: !!v['fix-dry-run'],
        fixType,
        format,
        output: v.output,
        config: v.config,
        failOn,
        maxWarnings,
        printConfig: !!v['print-config'],
        listRules: !!v.rules,
        version: !!v.version,
        help: !!v.help,
        quiet: !!v.quiet,
        color: v['no-color'] ? false : v.color ? true : undefined,
        include: v.include ?? [],
        exclude: v.exclude ?? [],
    };
}

;// CONCATENATED MODULE: ./src/cli/run.ts














const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
function listRules() {
    const width = Math.max(...ALL_RULE_META.map((m) => m.id.length));
    return ALL_RULE_META.map((m) => `${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)}  ${m.fixable ? 'fixable' : '       '}  ${m.description}`).join('\n') + '\n';
}
/**
 * Paths are reported relative to the current folder; arguments outside it move the root up to
 * the folder that holds them all, so `clawcheck ../infra` works too.
 */
function scanRoot(cwd, paths) {
    let root = (0,external_node_path_namespaceObject.resolve)(cwd);
    for (const p of paths) {
        const abs = (0,external_node_path_namespaceObject.resolve)(cwd, p);
        while (relativeInside(root, abs) === undefined) {
            const up = (0,external_node_path_namespaceObject.dirname)(root);
            if (up === root)
                break;
            root = up;
        }
    }
    return root;
}
/** `--fix-dry-run`: the diff before a text report; in JSON, a `fixes` entry per file. */
function withDryRun(report, format, fixed) {
    if (format === 'json') {
        const json = JSON.parse(report);
        json.fixes = fixed.map((f) => ({ file: f.path, edits: f.edits, diff: unifiedDiff(f.path, f.before, f.after) }));
        return JSON.stringify(json, null, 2) + '\n';
    }
    if (format !== 'stylish')
        return report;
    return fixed.map((f) => unifiedDiff(f.path, f.before, f.after)).join('') + (report ? `\n${report}` : '');
}
/** The whole CLI as a function of its inputs: testable without spawning a process. */
async function runCli(io) {
    try {
        const opts = parseCli(io.argv);
        if (opts.help)
            return io.stdout.write(HELP), EXIT.ok;
        if (opts.version)
            return io.stdout.write(`${VERSION}\n`), EXIT.ok;
        if (opts.listRules)
            return io.stdout.write(listRules()), EXIT.ok;
        const root = scanRoot(io.cwd, opts.paths);
        const { policy, sources } = loadPolicy(root, opts.config, io.cwd);
        if (opts.printConfig)
            return io.stdout.write(JSON.stringify({ sources, ...policy }, null, 2) + '\n'), EXIT.ok;
        const progress = io.stderr.isTTY
            ? (n, total) => {
                if (total >= 300)
                    io.stderr.write(`\rclawcheck: ${n}/${total} files…`);
            }
            : undefined;
        const checkOptions = { root, cwd: io.cwd, paths: opts.paths, policy, include: opts.include, exclude: opts.exclude, onProgress: progress };
        let result;
        let fixed;
        if (opts.fix || opts.fixDryRun) {
            const tree = await fixTree(checkOptions, opts.fixType ?? 'problem');
            fixed = tree.files;
            if (opts.fix)
                for (const f of fixed)
                    writeFileAtomic((0,external_node_path_namespaceObject.join)(root, f.path), f.after);
            result = tree.after;
        }
        else {
            result = await check_check(checkOptions);
        }
        if (progress)
            io.stderr.write('\r\x1b[K');
        const shown = opts.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
        const color = opts.color ?? (!opts.output && !!io.stdout.isTTY && !io.env.NO_COLOR);
        let text = getReporter(opts.format).format(shown, { rules: ALL_RULE_META, color, version: VERSION });
        if (fixed && opts.fixDryRun)
            text = withDryRun(text, opts.format, fixed);
        if (opts.output)
            (0,external_node_fs_namespaceObject.writeFileSync)(opts.output, text);
        else
            io.stdout.write(text);
        const warnings = result.findings.filter((f) => f.severity === 'warning').length;
        const failing = failsAt(result.findings, opts.failOn);
        if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
            io.stderr.write(`clawcheck: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
            return EXIT.findings;
        }
        return failing ? EXIT.findings : EXIT.ok;
    }
    catch (e) {
        if (e instanceof UsageError || e instanceof PolicyError || e instanceof DiscoverError) {
            io.stderr.write(`clawcheck: ${e.message}\n${e instanceof UsageError ? "Run 'clawcheck --help' for usage.\n" : ''}`);
            return EXIT.usage;
        }
        io.stderr.write(`clawcheck: internal error: ${e?.stack ?? String(e)}\nThis is a bug in clawcheck ${VERSION}; please report it with the command you ran.\n`);
        return EXIT.internal;
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts

runCli({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
}, (e) => {
    process.stderr.write(`clawcheck: internal error: ${String(e)}\n`);
    process.exitCode = 3;
});

