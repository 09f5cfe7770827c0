// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

namespace dc::test {

// The I/O faults FaultVfs injects (issue 17 part 1). Each fails the nth call of one kind of operation counted from
// arming: reads (xRead), writes (xWrite) or flushes (xSync), of every file SQLite opens (database, WAL, journal).
enum class Fault {
    ReadError,  // EIO on a read: SQLITE_IOERR_READ, nothing read
    WriteError, // EIO on a write: SQLITE_IOERR_WRITE, nothing written
    SyncError,  // EIO on fsync: SQLITE_IOERR_FSYNC (the data may or may not have reached the disk)
    DiskFull,   // ENOSPC on a write: SQLITE_FULL, nothing written
    ShortWrite, // the first half of the buffer written, then ENOSPC: SQLITE_FULL, as SQLite's unix VFS reports it
    TornPage,   // the first half of the buffer written, then the process dies (_exit(42)): only in a child process
};
inline constexpr Fault kAllFaults[] = {Fault::ReadError, Fault::WriteError, Fault::SyncError,
                                       Fault::DiskFull,  Fault::ShortWrite, Fault::TornPage};
// The faults a process survives (all but TornPage), which a test can inject in its own process.
inline constexpr Fault kSurvivableFaults[] = {Fault::ReadError, Fault::WriteError, Fault::SyncError, Fault::DiskFull,
                                              Fault::ShortWrite};
[[nodiscard]] const char* faultName(Fault fault);
// The kind named by faultName; false when `name` names none.
[[nodiscard]] bool faultFromName(const char* name, Fault& fault);

// A test-only SQLite VFS that wraps the default one (sqlite3_vfs_find(nullptr)) and registers itself as the default
// (sqlite3_vfs_register(vfs, 1)), so every connection the program opens afterwards goes through it: core is not changed
// and needs no seam (store::Database opens with the default VFS). Until armed, every call goes straight through.
// Process-wide; the tests that use it run their database work on one thread.
class FaultVfs {
public:
    // Registers the shim as the default VFS once per process; later calls do nothing.
    static void install();
    // From now on, the `n`th (1-based) call of the operation `fault` belongs to fails as `fault` says; the calls
    // before it, and every call after it, go through. Resets the counters.
    static void arm(Fault fault, int n);
    // No fault from now on (the counters keep their values).
    static void disarm();
    // Whether the armed fault was injected.
    [[nodiscard]] static bool fired();
    // Calls since arming, per operation: reads, writes, flushes.
    [[nodiscard]] static int reads();
    [[nodiscard]] static int writes();
    [[nodiscard]] static int syncs();
    // Calls of the operation `fault` belongs to since arming.
    [[nodiscard]] static int calls(Fault fault);
};

} // namespace dc::test
