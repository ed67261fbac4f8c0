// The hall's kiosk: back to its home page after a while untouched, so the next citizen never sees the last one's
// dossier; a page that asks for it prints itself once (the kiosk's browser prints without a dialog).
(() => {
  const body = document.body;
  const home = body.dataset.home;
  const idle = Number(body.dataset.idleSeconds) * 1000;
  let timer;
  const rearm = () => {
    clearTimeout(timer);
    if (location.pathname !== home) timer = setTimeout(() => location.assign(home), idle);
  };
  ['pointerdown', 'keydown', 'touchstart'].forEach(e => addEventListener(e, rearm, { passive: true }));
  rearm();

  if (document.querySelector('[data-print-once="yes"]')) addEventListener('load', () => window.print());

  // A receipt's QR read by the camera where the browser can (BarcodeDetector); a scanner that types it works everywhere.
  const scan = document.getElementById('kiosk-camera');
  const input = document.getElementById('kiosk-scanned');
  if (scan && input && 'BarcodeDetector' in window && navigator.mediaDevices) {
    scan.hidden = false;
    scan.addEventListener('click', async () => {
      const video = document.getElementById('kiosk-video');
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      video.srcObject = stream;
      video.hidden = false;
      await video.play();
      const detector = new BarcodeDetector({ formats: ['qr_code'] });
      const look = async () => {
        const found = await detector.detect(video);
        if (found.length > 0) {
          stream.getTracks().forEach(t => t.stop());
          input.value = found[0].rawValue;
          input.form.submit();
        } else requestAnimationFrame(look);
      };
      look();
    });
  }
})();
