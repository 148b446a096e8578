// Placeholder until the content-pipeline work lands the real commands.
#include <cstdio>
int main() { std::fprintf(stderr, "kiosk-pack: not built yet\n"); return 1; }
