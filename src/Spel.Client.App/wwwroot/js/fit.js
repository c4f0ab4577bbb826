// The deck studio's preview asks whether its screens hold their content. It measures once per animation frame, after
// the browser has laid out the newest render: however many renders ask within one frame, they share one answer.
const waiting = new WeakMap();

export function measure(root) {
  let answer = waiting.get(root);
  if (!answer) {
    answer = new Promise(resolve => requestAnimationFrame(() => {
      waiting.delete(root);
      resolve(fits(root));
    }));
    waiting.set(root, answer);
  }
  return answer;
}

// Layout sizes (scrollHeight, clientWidth) ignore the preview's scale transform, so they are stage and tablet pixels.
function overflows(box) {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}

// A projector frame overflows when its content box (1792x880 stage pixels) holds more than it shows, or when a text
// (a word too long for its line) runs out of its own box. A tablet frame is the tablet's 768x1024 window: content
// taller than it means the participant has to scroll.
function fits(root) {
  const stages = [...root.querySelectorAll('[data-fit-frame="projector"] .stage-body')];
  const texts = stages.flatMap(stage => [...stage.querySelectorAll('h1, h2, p, li, dt, dd')]);
  const tablets = [...root.querySelectorAll('[data-fit-frame="tablet"]')];
  return {
    projectorFits: !stages.some(overflows) && !texts.some(text => text.scrollWidth > text.clientWidth + 1),
    tabletFits: !tablets.some(overflows),
  };
}
