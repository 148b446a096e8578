// Placeholder until the kiosk UI lands.
#include <cstdio>
int main() { std::fprintf(stderr, "kiosk: not built yet\n"); return 1; }
