# book: cuda varies timeout=300
# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch.utils import benchmark

sizes = [64, 128, 256, 512, 1024, 2048, 4096]
results = {"cpu": [], "cuda": []}
for device in results:
    for n in sizes:
        a = torch.randn(n, n, device=device)
        b = torch.randn(n, n, device=device)
        timer = benchmark.Timer("a @ b", globals={"a": a, "b": b})
        results[device].append(timer.blocked_autorange(min_run_time=0.2).median)

print(
    f"{'n':>5} {'CPU ms':>9} {'GPU ms':>8} {'speedup':>8} {'GPU TFLOP/s':>11}"
)
for n, cpu, gpu in zip(sizes, results["cpu"], results["cuda"]):
    tflops = 2 * n**3 / gpu / 1e12
    ms = f"{cpu * 1e3:9.3f} {gpu * 1e3:8.3f}"
    print(f"{n:>5} {ms} {cpu / gpu:8.1f} {tflops:8.2f}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.5))
for device, label in (("cpu", "CPU"), ("cuda", torch.cuda.get_device_name())):
    ax1.loglog(sizes, [t * 1e3 for t in results[device]], "o-", label=label)
ax1.set(xlabel="matrix size n", ylabel="time of one n x n product (ms)")
ax1.set_title("Time per product")
ax1.legend(fontsize=8)
speedup = [c / g for c, g in zip(results["cpu"], results["cuda"])]
ax2.semilogx(sizes, speedup, "o-", color="tab:green")
ax2.set(xlabel="matrix size n", ylabel="CPU time / GPU time")
ax2.set_title("GPU speedup grows with the work")
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert speedup[-1] > 10 and speedup[-1] > speedup[0]
# --8<-- [end:check]
