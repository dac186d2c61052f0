/** The code colour stylesheet, generated from the code themes (src/integrations/code-colours.ts). */
declare module 'virtual:wp/code-colours.css';
