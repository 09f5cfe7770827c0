// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The shim follows SQLite's VFS API (https://www.sqlite.org/vfs.html, "struct sqlite3_vfs" and "struct
// sqlite3_io_methods" in sqlite3.h): our file object holds the real one right after it, every method forwards to the
// real VFS's, and xRead, xWrite and xSync count their calls and fail the armed one.
#include "tests/support/FaultVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <unistd.h>

namespace dc::test {

namespace {

constexpr int kCrashed = 42; // the exit code of a process that dies on purpose (tests/support/FaultAgent.cpp)

struct State {
    std::atomic<bool> armed{false};
    std::atomic<bool> fired{false};
    Fault fault = Fault::ReadError;
    int at = 0;
    std::atomic<int> reads{0};
    std::atomic<int> writes{0};
    std::atomic<int> syncs{0};
};
State state;
sqlite3_vfs* real = nullptr;
sqlite3_vfs shim{};

struct FaultFile {
    sqlite3_file base;  // pMethods: ours
    sqlite3_file* file; // the real VFS's file, allocated right after this struct
};

sqlite3_file* realFile(sqlite3_file* f) {
    return reinterpret_cast<FaultFile*>(f)->file;
}

bool isWriteFault(Fault f) {
    return f == Fault::WriteError || f == Fault::DiskFull || f == Fault::ShortWrite || f == Fault::TornPage;
}

// Counts one call of an operation; true when it is the armed one (then the fault fires once).
bool strikes(std::atomic<int>& counter, bool ofThisKind) {
    const int n = ++counter;
    if (!state.armed || !ofThisKind || n != state.at) {
        return false;
    }
    state.armed = false;
    state.fired = true;
    return true;
}

int faultClose(sqlite3_file* f) {
    sqlite3_file* file = realFile(f);
    return file->pMethods != nullptr ? file->pMethods->xClose(file) : SQLITE_OK;
}

int faultRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset) {
    if (strikes(state.reads, state.fault == Fault::ReadError)) {
        return SQLITE_IOERR_READ;
    }
    sqlite3_file* file = realFile(f);
    return file->pMethods->xRead(file, buffer, amount, offset);
}

int faultWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset) {
    sqlite3_file* file = realFile(f);
    if (strikes(state.writes, isWriteFault(state.fault))) {
        switch (state.fault) {
        case Fault::WriteError:
            return SQLITE_IOERR_WRITE;
        case Fault::DiskFull:
            return SQLITE_FULL;
        case Fault::ShortWrite:
            (void)file->pMethods->xWrite(file, buffer, amount / 2, offset);
            return SQLITE_FULL;
        case Fault::TornPage:
            // Half the page reaches the disk, then the power goes: nothing after it is written or flushed.
            (void)file->pMethods->xWrite(file, buffer, amount / 2, offset);
            (void)file->pMethods->xSync(file, SQLITE_SYNC_NORMAL);
            _exit(kCrashed);
        default:
            break;
        }
    }
    return file->pMethods->xWrite(file, buffer, amount, offset);
}

int faultTruncate(sqlite3_file* f, sqlite3_int64 size) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xTruncate(file, size);
}

int faultSync(sqlite3_file* f, int flags) {
    if (strikes(state.syncs, state.fault == Fault::SyncError)) {
        return SQLITE_IOERR_FSYNC;
    }
    sqlite3_file* file = realFile(f);
    return file->pMethods->xSync(file, flags);
}

int faultFileSize(sqlite3_file* f, sqlite3_int64* size) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xFileSize(file, size);
}

int faultLock(sqlite3_file* f, int lock) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xLock(file, lock);
}

int faultUnlock(sqlite3_file* f, int lock) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xUnlock(file, lock);
}

int faultCheckReservedLock(sqlite3_file* f, int* out) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xCheckReservedLock(file, out);
}

int faultFileControl(sqlite3_file* f, int op, void* arg) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xFileControl(file, op, arg);
}

int faultSectorSize(sqlite3_file* f) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xSectorSize(file);
}

int faultDeviceCharacteristics(sqlite3_file* f) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xDeviceCharacteristics(file);
}

int faultShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xShmMap(file, region, size, extend, out);
}

int faultShmLock(sqlite3_file* f, int offset, int n, int flags) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xShmLock(file, offset, n, flags);
}

void faultShmBarrier(sqlite3_file* f) {
    sqlite3_file* file = realFile(f);
    file->pMethods->xShmBarrier(file);
}

int faultShmUnmap(sqlite3_file* f, int deleteFlag) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xShmUnmap(file, deleteFlag);
}

int faultFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xFetch(file, offset, amount, out);
}

int faultUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page) {
    sqlite3_file* file = realFile(f);
    return file->pMethods->xUnfetch(file, offset, page);
}

// Version 3 of the methods, as the unix VFS's (shared memory for WAL, memory-mapped reads).
const sqlite3_io_methods methods = {
    3,
    faultClose,
    faultRead,
    faultWrite,
    faultTruncate,
    faultSync,
    faultFileSize,
    faultLock,
    faultUnlock,
    faultCheckReservedLock,
    faultFileControl,
    faultSectorSize,
    faultDeviceCharacteristics,
    faultShmMap,
    faultShmLock,
    faultShmBarrier,
    faultShmUnmap,
    faultFetch,
    faultUnfetch,
};

int faultOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags) {
    auto* ours = reinterpret_cast<FaultFile*>(f);
    ours->file = reinterpret_cast<sqlite3_file*>(ours + 1);
    ours->file->pMethods = nullptr;
    const int rc = real->xOpen(real, name, ours->file, flags, outFlags);
    // SQLite calls xClose only when pMethods is set: leave it null when the real open left its own null.
    ours->base.pMethods = ours->file->pMethods != nullptr ? &methods : nullptr;
    return rc;
}

int faultDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return real->xDelete(real, name, syncDir);
}

int faultAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return real->xAccess(real, name, flags, out);
}

int faultFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return real->xFullPathname(real, name, size, out);
}

void* faultDlOpen(sqlite3_vfs*, const char* name) {
    return real->xDlOpen(real, name);
}

void faultDlError(sqlite3_vfs*, int size, char* out) {
    real->xDlError(real, size, out);
}

void (*faultDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
    return real->xDlSym(real, handle, symbol);
}

void faultDlClose(sqlite3_vfs*, void* handle) {
    real->xDlClose(real, handle);
}

int faultRandomness(sqlite3_vfs*, int size, char* out) {
    return real->xRandomness(real, size, out);
}

int faultSleep(sqlite3_vfs*, int microseconds) {
    return real->xSleep(real, microseconds);
}

int faultCurrentTime(sqlite3_vfs*, double* out) {
    return real->xCurrentTime(real, out);
}

int faultGetLastError(sqlite3_vfs*, int size, char* out) {
    return real->xGetLastError(real, size, out);
}

int faultCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return real->xCurrentTimeInt64(real, out);
}

} // namespace

const char* faultName(Fault fault) {
    switch (fault) {
    case Fault::ReadError:
        return "read-eio";
    case Fault::WriteError:
        return "write-eio";
    case Fault::SyncError:
        return "fsync-eio";
    case Fault::DiskFull:
        return "enospc";
    case Fault::ShortWrite:
        return "short-write";
    case Fault::TornPage:
        return "torn-page";
    }
    return "?";
}

bool faultFromName(const char* name, Fault& fault) {
    for (const Fault f : kAllFaults) {
        if (std::strcmp(name, faultName(f)) == 0) {
            fault = f;
            return true;
        }
    }
    return false;
}

void FaultVfs::install() {
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_initialize();
        real = sqlite3_vfs_find(nullptr);
        if (real == nullptr) {
            std::abort();
        }
        shim.iVersion = 2; // xCurrentTimeInt64; the system-call hooks of version 3 are not forwarded
        shim.szOsFile = static_cast<int>(sizeof(FaultFile)) + real->szOsFile;
        shim.mxPathname = real->mxPathname;
        shim.zName = "doichieu-fault";
        shim.xOpen = faultOpen;
        shim.xDelete = faultDelete;
        shim.xAccess = faultAccess;
        shim.xFullPathname = faultFullPathname;
        shim.xDlOpen = faultDlOpen;
        shim.xDlError = faultDlError;
        shim.xDlSym = faultDlSym;
        shim.xDlClose = faultDlClose;
        shim.xRandomness = faultRandomness;
        shim.xSleep = faultSleep;
        shim.xCurrentTime = faultCurrentTime;
        shim.xGetLastError = faultGetLastError;
        shim.xCurrentTimeInt64 = faultCurrentTimeInt64;
        if (sqlite3_vfs_register(&shim, 1) != SQLITE_OK) {
            std::abort();
        }
    });
}

void FaultVfs::arm(Fault fault, int n) {
    state.armed = false;
    state.fired = false;
    state.reads = 0;
    state.writes = 0;
    state.syncs = 0;
    state.fault = fault;
    state.at = n;
    state.armed = true;
}

void FaultVfs::disarm() {
    state.armed = false;
}

bool FaultVfs::fired() {
    return state.fired;
}

int FaultVfs::reads() {
    return state.reads;
}

int FaultVfs::writes() {
    return state.writes;
}

int FaultVfs::syncs() {
    return state.syncs;
}

int FaultVfs::calls(Fault fault) {
    if (fault == Fault::ReadError) {
        return reads();
    }
    return fault == Fault::SyncError ? syncs() : writes();
}

} // namespace dc::test
