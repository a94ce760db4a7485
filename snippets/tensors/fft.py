# --8<-- [start:code]
import math

import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
rate = 100  # samples per second
t = torch.arange(0, 2, 1 / rate)  # 2 seconds
signal = (
    torch.sin(2 * math.pi * 5 * t)
    + 0.5 * torch.sin(2 * math.pi * 12 * t)
    + 0.3 * torch.randn_like(t)
)

spectrum = torch.fft.rfft(signal)  # real input -> non-negative frequencies only
freqs = torch.fft.rfftfreq(len(signal), d=1 / rate)
amplitude = spectrum.abs() * 2 / len(signal)
top2 = freqs[amplitude.topk(2).indices]
print("strongest frequencies (Hz):", top2.tolist())

restored = torch.fft.irfft(spectrum, n=len(signal))
print(
    "inverse FFT restores the signal:",
    torch.allclose(restored, signal, atol=1e-5),
)

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3))
ax1.plot(t, signal, lw=1)
ax1.set(title="Signal: 5 Hz + 12 Hz + noise", xlabel="time (s)")
ax2.stem(freqs, amplitude, markerfmt=" ", basefmt=" ")
ax2.set(title="Amplitude spectrum from torch.fft.rfft", xlabel="frequency (Hz)")
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert sorted(top2.tolist()) == [5.0, 12.0]
assert (
    abs(amplitude[freqs == 5].item() - 1.0) < 0.15
    and abs(amplitude[freqs == 12].item() - 0.5) < 0.15
)
# --8<-- [end:check]
