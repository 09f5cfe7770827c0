# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# What the shipped executables load: SQLCipher, never the system libsqlite3 or Qt's SQL module beside it (two
# SQLite copies in one process can corrupt databases), no shared Botan (Debian's pulls libsqlite3 in), and
# the CLI nothing of the GUI.
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
if(failures)
    message(FATAL_ERROR "Runtime library rules broken:${failures}")
endif()
