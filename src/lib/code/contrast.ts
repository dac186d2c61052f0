/**
 * WCAG 2 contrast arithmetic on hex colours, used to make code themes readable: every token colour
 * must reach 4.5:1 against the code block's background (https://www.w3.org/TR/WCAG22/#contrast-minimum).
 */

type Rgb = readonly [number, number, number];

/** Parses #rgb, #rrggbb or #rrggbbaa; an alpha channel is composited over `background`. */
export function parseHex(hex: string, background?: string): Rgb {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`Not a hex colour: "${hex}"`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  const channel = (i: number) => parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  const rgb: Rgb = [channel(0), channel(1), channel(2)];
  if (digits.length === 6) return rgb;
  const alpha = channel(3) / 255;
  const under = background ? parseHex(background) : ([255, 255, 255] as const);
  return [0, 1, 2].map((i) =>
    Math.round((rgb[i] ?? 0) * alpha + (under[i] ?? 0) * (1 - alpha))
  ) as unknown as Rgb;
}

/** Formats a colour as #rrggbb. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as WCAG defines it. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const background = parseHex(b);
  const [hi, lo] = [luminance(parseHex(a, b)), luminance(background)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour nearest to `foreground` that reaches `minimum` contrast on `background`: moved
 * towards black on light backgrounds and towards white on dark ones, in small steps, so hues
 * stay recognisable. Colours that already pass come back unchanged.
 */
export function ensureContrast(foreground: string, background: string, minimum = 4.5): string {
  if (contrastRatio(foreground, background) >= minimum) return foreground;
  const start = parseHex(foreground, background);
  const target = luminance(parseHex(background)) > 0.18 ? 0 : 255;
  for (let step = 1; step <= 100; step++) {
    const t = step / 100;
    const candidate = toHex(start.map((c) => c + (target - c) * t) as unknown as Rgb);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return target === 0 ? '#000000' : '#ffffff';
}
