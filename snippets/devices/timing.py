# book: cuda varies
# --8<-- [start:code]
import time

import torch

a = torch.randn(4096, 4096, device="cuda")
b = torch.randn(4096, 4096, device="cuda")
a @ b  # warm up: the first call also loads the kernel
torch.cuda.synchronize()

start = time.perf_counter()
c = a @ b  # only *queues* the work and returns at once
launch = time.perf_counter() - start
torch.cuda.synchronize()  # wait until the GPU has finished
total = time.perf_counter() - start
print(f"without synchronize: {launch * 1e3:7.3f} ms  (just the launch)")
print(f"with synchronize:    {total * 1e3:7.3f} ms")

start_event = torch.cuda.Event(enable_timing=True)
end_event = torch.cuda.Event(enable_timing=True)
start_event.record()
c = a @ b
end_event.record()
end_event.synchronize()
print(f"CUDA events:         {start_event.elapsed_time(end_event):7.3f} ms")
# --8<-- [end:code]

# --8<-- [start:check]
assert total > launch
# --8<-- [end:check]
