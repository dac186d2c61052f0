/**
 * The contents list follows the reader: the link of the section being read is marked
 * (`aria-current="true"`), and the contents bar of narrow screens names that section. Loaded when
 * the reader first scrolls (TableOfContents.astro), since until then the page's top is in view.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.wp-toc a[href^="#"]')];
const targets = links.flatMap((link) => {
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  return target ? [{ link, target }] : [];
});
const visible = new Set<Element>();
const label = document.querySelector('.wp-toc-current');

function update(): void {
  // The first heading on screen, or else the last one above the viewport.
  const current =
    targets.find(({ target }) => visible.has(target)) ??
    targets.filter(({ target }) => target.getBoundingClientRect().top < 0).at(-1);
  for (const { link } of targets) {
    if (link === current?.link) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  if (label) label.textContent = current?.link.textContent ?? '';
}

const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (entry.isIntersecting) visible.add(entry.target);
    else visible.delete(entry.target);
  }
  update();
});
for (const { target } of targets) observer.observe(target);
