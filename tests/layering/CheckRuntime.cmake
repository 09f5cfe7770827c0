# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# What the shipped executables load: SQLCipher, never the system libsqlite3 or Qt's SQL module beside it (two
# SQLite copies in one process can corrupt databases), no shared Botan (Debian's pulls libsqlite3 in), and
# the CLI nothing of the GUI; and neither defines the benchmarks' plain-SQLite hook (below).
set(failures "")
foreach(exe IN ITEMS ${ADMIN} ${GUI})
    execute_process(COMMAND ldd "${exe}" OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        string(APPEND failures "\n  cannot run ldd on ${exe}")
        continue()
    endif()
    if(NOT libs MATCHES "libsqlcipher")
        string(APPEND failures "\n  ${exe} does not load SQLCipher")
    endif()
    foreach(forbidden IN ITEMS libsqlite3 libbotan libQt6Sql)
        if(libs MATCHES "${forbidden}")
            string(APPEND failures "\n  ${exe} loads ${forbidden}")
        endif()
    endforeach()
endforeach()
execute_process(COMMAND ldd "${ADMIN}" OUTPUT_VARIABLE adminLibs)
# doichieu itself loads Qt Widgets, for the QApplication that Qt Charts (the report charts) needs; the command-line
# tool loads no GUI library at all.
foreach(forbidden IN ITEMS libQt6Gui libQt6Qml libQt6Quick libQt6Widgets libQt6Charts)
    if(adminLibs MATCHES "${forbidden}")
        string(APPEND failures "\n  doichieu-admin loads ${forbidden}")
    endif()
endforeach()
# The benchmarks' plain-SQLite seam (core/store/Database.cpp, tests/bench/PlainSqlite.cpp): the shipped programs hold
# only its weak, undefined reference, so every database they open is keyed. A definition linked into either would
# let it open a database without a key.
foreach(exe IN ITEMS ${ADMIN} ${GUI})
    execute_process(COMMAND nm "${exe}" OUTPUT_VARIABLE symbols RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        string(APPEND failures "\n  cannot run nm on ${exe}")
    elseif(symbols MATCHES " [TtDdBb] doichieu_bench_plain_database")
        string(APPEND failures "\n  ${exe} defines doichieu_bench_plain_database: it could open databases unencrypted")
    elseif(NOT symbols MATCHES " w doichieu_bench_plain_database\n")
        string(APPEND failures "\n  ${exe}: no weak reference to doichieu_bench_plain_database (stripped, or renamed?)")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "Runtime library rules broken:${failures}")
endif()
