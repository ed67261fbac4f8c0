// The hall's board: shows each call as the server pushes it and says it aloud in Vietnamese.
(() => {
  const board = document.getElementById("board");
  const rows = document.getElementById("board-calls");
  const connection = document.getElementById("board-connection");
  const soundButton = document.getElementById("board-sound");
  const kept = 8;
  // Browsers speak only after a person has touched the page once: the board's operator presses the button at opening.
  let sound = false;
  soundButton.addEventListener("click", () => {
    sound = true;
    soundButton.hidden = true;
    say("Đã bật âm thanh gọi số");
  });

  function say(text) {
    if (!sound || !("speechSynthesis" in window)) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "vi-VN";
    const voice = speechSynthesis.getVoices().find(v => v.lang && v.lang.toLowerCase().startsWith("vi"));
    if (voice) utterance.voice = voice;
    speechSynthesis.speak(utterance);
  }

  function show(call) {
    const row = document.createElement("tr");
    row.className = "board-new";
    for (const [text, css] of [[call.ticket, "board-ticket"], [String(call.counter), "board-counter"], [call.group, ""]]) {
      const cell = document.createElement("td");
      cell.textContent = text;
      if (css) cell.className = css;
      row.appendChild(cell);
    }
    rows.prepend(row);
    while (rows.rows.length > kept) rows.deleteRow(rows.rows.length - 1);
    say(call.spoken);
  }

  const events = new EventSource(board.dataset.events);
  events.addEventListener("open", () => { connection.textContent = "Đã kết nối"; });
  events.addEventListener("error", () => { connection.textContent = "Mất kết nối, đang thử lại…"; });
  events.addEventListener("call", e => show(JSON.parse(e.data)));
})();
