"""The peer engine of the benchmarks: Cedar policies for Art. 10 item 1 and Art. 11(2), and their runner."""
