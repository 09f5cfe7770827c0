// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// doichieu-xls: reads one XLS workbook's first worksheet with freexl and writes its cells to standard output, for
// core/sheets/Xls.cpp, which runs it as a child process. freexl 1.0.6 (Debian 12's) over-reads its own stack on some
// damaged files (tests/fuzz/README.md "Found"): here it runs in a process of its own that holds no key and no data but
// the file, under memory, CPU and file limits, so whatever freexl does with a hostile file it cannot read the program's
// memory, crash it or hang it. The parent checks everything written here as it would any input.
//
// Input: the workbook on file descriptor 0 (an anonymous memory file, opened by freexl through /proc/self/fd/0).
// Output (little-endian): "DCX1"; per cell with a value 'C', row (u32), column (u16), type (u8), value — 1: i32,
// 2: f64, 3: text, 4: date text (u32 length, UTF-8 bytes); at the end 'E' and a status (u8): 0 read, 1 not a
// workbook, 2 no worksheet, 3 the worksheet cannot be read, 4 a cell cannot be read (then row u32, column u16).
// No Qt: freexl and the C library only.

#include <freexl.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>

// Whether this is an AddressSanitizer build: GCC says so with __SANITIZE_ADDRESS__, clang with __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define DC_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DC_UNDER_ASAN 1
#endif
#endif
#ifndef DC_UNDER_ASAN
#define DC_UNDER_ASAN 0
#endif

namespace {

void put(const void* data, std::size_t size) {
    if (std::fwrite(data, 1, size, stdout) != size)
        _exit(3); // the parent stopped reading
}
void putU8(std::uint8_t v) {
    put(&v, 1);
}
void putU16(std::uint16_t v) {
    const std::uint8_t b[2] = {std::uint8_t(v), std::uint8_t(v >> 8)};
    put(b, 2);
}
void putU32(std::uint32_t v) {
    const std::uint8_t b[4] = {std::uint8_t(v), std::uint8_t(v >> 8), std::uint8_t(v >> 16), std::uint8_t(v >> 24)};
    put(b, 4);
}
void putText(const char* text) {
    const std::size_t length = text == nullptr ? 0 : std::strlen(text);
    putU32(std::uint32_t(length > 0xFFFFFFFFu ? 0xFFFFFFFFu : length));
    put(text, length);
}
int finish(std::uint8_t status) {
    putU8('E');
    putU8(status);
    std::fflush(stdout);
    return 0;
}
void limit(int resource, rlim_t value) {
    const rlimit r{value, value};
    (void)setrlimit(resource, &r);
}

} // namespace

int main() {
    // What a hostile file may cost: 1 GiB of memory, 30 s of CPU, no file written, no core dump, no other descriptor.
    // Under AddressSanitizer (scripts/sanitize.sh, scripts/fuzz.sh) the address-space limit is left out: its shadow
    // memory already counts terabytes of address space, so every later mmap would fail and the reader refuse every
    // file.
#if !DC_UNDER_ASAN
    limit(RLIMIT_AS, rlim_t(1) << 30);
#endif
    limit(RLIMIT_CPU, 30);
    limit(RLIMIT_FSIZE, 0);
    limit(RLIMIT_CORE, 0);
    (void)close_range(3, ~0U, 0);

    put("DCX1", 4);
    const void* handle = nullptr;
    if (freexl_open("/proc/self/fd/0", &handle) != FREEXL_OK)
        return finish(1);
    unsigned int sheets = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK || sheets == 0)
        return finish(2);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle, 0) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
        return finish(3);
    for (unsigned int r = 0; r < rows; ++r) {
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(handle, r, c, &cell) != FREEXL_OK) {
                putU8('E');
                putU8(4);
                putU32(r);
                putU16(c);
                std::fflush(stdout);
                return 0;
            }
            switch (cell.type) {
            case FREEXL_CELL_INT:
                putU8('C'), putU32(r), putU16(c), putU8(1);
                putU32(std::uint32_t(cell.value.int_value));
                break;
            case FREEXL_CELL_DOUBLE: {
                std::uint64_t bits = 0;
                std::memcpy(&bits, &cell.value.double_value, 8);
                putU8('C'), putU32(r), putU16(c), putU8(2);
                putU32(std::uint32_t(bits)), putU32(std::uint32_t(bits >> 32));
                break;
            }
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_TIME:
                if (cell.value.text_value != nullptr && cell.value.text_value[0] != '\0') {
                    putU8('C'), putU32(r), putU16(c), putU8(3);
                    putText(cell.value.text_value);
                }
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
                if (cell.value.text_value != nullptr && cell.value.text_value[0] != '\0') {
                    putU8('C'), putU32(r), putU16(c), putU8(4);
                    putText(cell.value.text_value);
                }
                break;
            default:
                break;
            }
        }
    }
    freexl_close(handle);
    return finish(0);
}
