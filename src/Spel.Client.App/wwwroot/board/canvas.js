// Executes a whole frame of draw commands (built by CanvasBatch in .NET) in one interop call.
// Each command is { op, n: [numbers], s: string }.
// The commands are in the board's box pixels; the canvas holds `scale` device pixels for each, so it stays sharp
// on a stage scaled up to a 4K projector.
export function draw(canvas, commands, scale = 1) {
  const ctx = canvas.getContext('2d');
  // Animation frames follow each other on one context: start each from a clean pen, not the last frame's.
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
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
        lines(ctx, s, n[0], n[1], n[2], n[3]);
        break;
      case 'label':
        label(ctx, s, n[0], n[1], n[2], n[3], n[4]);
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

// The painter broke the text into lines and measured them; maxWidth only squeezes a line whose font is wider than
// the painter's estimate, so it never runs out of the box the layout gave it.
function lines(ctx, text, x, y, maxWidth, lineHeight) {
  for (const line of text.split('\n')) {
    ctx.fillText(line, x, y, maxWidth);
    y += lineHeight;
  }
}

// Text centred in the box the painter placed, line by line: the box in the fill colour, rim and letters in the stroke colour.
function label(ctx, text, x, y, width, height, lineHeight) {
  ctx.fillRect(x, y, width, height);
  ctx.strokeRect(x, y, width, height);
  const fill = ctx.fillStyle;
  const align = ctx.textAlign;
  ctx.fillStyle = ctx.strokeStyle;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const rows = text.split('\n');
  let middle = y + (height - rows.length * lineHeight) / 2 + lineHeight / 2;
  for (const row of rows) {
    ctx.fillText(row, x + width / 2, middle, width - 4);
    middle += lineHeight;
  }
  ctx.fillStyle = fill;
  ctx.textAlign = align;
  ctx.textBaseline = 'top';
}
