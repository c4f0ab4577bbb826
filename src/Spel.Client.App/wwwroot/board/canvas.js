// Executes a whole frame of draw commands (built by CanvasBatch in .NET) in one interop call.
// Each command is { op, n: [numbers], s: string }.
export function draw(canvas, commands) {
  const ctx = canvas.getContext('2d');
  // Animation frames follow each other on one context: start each from a clean pen, not the last frame's.
  ctx.setLineDash([]);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  for (const { op, n, s } of commands) {
    switch (op) {
      case 'clear':
        ctx.clearRect(0, 0, n[0], n[1]);
        break;
      case 'setFill':
        ctx.fillStyle = s;
        break;
      case 'setStroke':
        ctx.strokeStyle = s;
        break;
      case 'lineWidth':
        ctx.lineWidth = n[0];
        break;
      case 'lineDash':
        ctx.setLineDash(n);
        break;
      case 'font':
        ctx.font = s;
        break;
      case 'textAlign':
        ctx.textAlign = s;
        break;
      case 'fillRect':
        ctx.fillRect(n[0], n[1], n[2], n[3]);
        break;
      case 'strokeRect':
        ctx.strokeRect(n[0], n[1], n[2], n[3]);
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(n[0], n[1], n[2], 0, 2 * Math.PI);
        paint(ctx, n[3]);
        break;
      case 'polygon':
        ctx.beginPath();
        ctx.moveTo(n[1], n[2]);
        for (let i = 3; i + 1 < n.length; i += 2) ctx.lineTo(n[i], n[i + 1]);
        ctx.closePath();
        paint(ctx, n[0]);
        break;
      case 'line':
        ctx.beginPath();
        ctx.moveTo(n[0], n[1]);
        ctx.lineTo(n[2], n[3]);
        ctx.stroke();
        break;
      case 'text':
        wrapped(ctx, s, n[0], n[1], n[2], n[3]);
        break;
      case 'label':
        label(ctx, s, n[0], n[1], n[2]);
        break;
      default:
        throw new Error(`canvas.js: unknown draw command '${op}'`);
    }
  }
}

// The board as a PNG data URL, so a page can keep it as an <img> (the printed debrief cannot print a canvas reliably).
export function snapshot(canvas) {
  return canvas.toDataURL('image/png');
}

const FILL = 1;
const STROKE = 2;

function paint(ctx, how) {
  if (how & FILL) ctx.fill();
  if (how & STROKE) ctx.stroke();
}

function wrapped(ctx, text, x, y, maxWidth, lineHeight) {
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > maxWidth) {
      ctx.fillText(line, x, y);
      y += lineHeight;
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) ctx.fillText(line, x, y);
}

// One line of text centred on (x, y) on a box sized to it: the box in the fill colour, rim and letters in the stroke colour.
function label(ctx, text, x, y, padding) {
  const width = ctx.measureText(text).width + 2 * padding;
  const height = parseInt(ctx.font.match(/(\d+)px/)?.[1] ?? '20', 10) * 1.2 + 2 * padding;
  ctx.fillRect(x - width / 2, y - height / 2, width, height);
  ctx.strokeRect(x - width / 2, y - height / 2, width, height);
  const fill = ctx.fillStyle;
  const align = ctx.textAlign;
  ctx.fillStyle = ctx.strokeStyle;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y);
  ctx.fillStyle = fill;
  ctx.textAlign = align;
  ctx.textBaseline = 'top';
}
