// The debrief's two jobs in the browser: save a file the page fetched (with the host key in a header, which a
// plain link cannot send), and open the print dialogue ("Opslaan als PDF" is one of its printers).

export function download(fileName, contentType, bytes) {
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

export function print() {
  window.print();
}
