# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# What each layer's sources may include (DESIGN.md "Layers"):
#   crypto/      the standard library and Botan (in .cpp files only); nothing of Qt or of another layer
#   core/        QtCore, crypto/ and SQLCipher (store only); no Botan, no Qt Gui/Qml/Quick/Sql, nothing of app/
#   app/common, app/cli   core/ and QtCore; no Qt Gui/Qml/Quick, no Botan, no SQLite
#   app/gui      core/, app/common, Qt Quick; no Botan, no SQLite
set(failures "")

function(check_files glob_root pattern why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${glob_root}/*.h" "${SOURCE_DIR}/${glob_root}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" hits REGEX "${pattern}")
        if(hits)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
            list(GET hits 0 first)
            string(APPEND failures "\n  ${rel}: ${first}   (${why})")
        endif()
    endforeach()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

check_files(crypto "^#include [<\"]Q" "crypto uses no Qt")
check_files(crypto "^#include \"(core|app)/" "crypto depends on no other layer")
file(GLOB crypto_headers "${SOURCE_DIR}/crypto/*.h")
foreach(header IN LISTS crypto_headers)
    file(STRINGS "${header}" hits REGEX "^#include <botan/")
    if(hits)
        set(failures "${failures}\n  ${header}: Botan types stay in crypto's .cpp files")
    endif()
endforeach()
check_files(core "^#include <botan/" "core reaches Botan only through crypto/")
check_files(core "^#include <(QtGui|QtQml|QtQuick|QtSql|QGuiApplication|QQml|QQuick|QSql|QImage|QColor)" "core uses QtCore only")
check_files(core "^#include \"app/" "core does not depend on app/")
check_files(core/services "^#include <sqlite3.h>" "services reach SQLCipher only through the store")
check_files(core/keyring "^#include <sqlite3.h>" "the keyring reaches SQLCipher only through the store")
# The training day's domain part (issue 18) is pure: no store, no gateway, no session, no file.
check_files(core/training "^#include (<sqlite3.h>|\"core/(store|gateways|services|platform)/)" "core/training is pure: its storage is TrainingGateway's, its use cases TrainingService's")
check_files(app/common "^#include <(QtGui|QtQml|QtQuick|QGuiApplication|QQml|QQuick)" "app/common is shared with the CLI")
check_files(app/cli "^#include <(QtGui|QtQml|QtQuick|QGuiApplication|QQml|QQuick)" "the CLI needs no GUI")
check_files(app "^#include <botan/" "app reaches crypto through core/crypto only")
check_files(app "^#include <sqlite3.h>" "app never talks SQL")

# The store is core's: app/ never includes it nor reaches the open database (Session::database()); it calls services.
check_files(app "^#include \"core/(store|gateways)/" "app calls services, never the store or a gateway")
check_files(app "(\\.|->)database\\(\\)" "app never reaches the open database: it calls services")

# Each table's SQL is written in one place: the gateways (core/gateways) — and the store itself (migrations, pragmas).
# No other file prepares a statement or holds SQL text.
function(check_outside_gateways pattern why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/app/*.h"
         "${SOURCE_DIR}/app/*.cpp")
    foreach(file IN LISTS files)
        if(file MATCHES "/core/(gateways|store)/")
            continue()
        endif()
        file(STRINGS "${file}" hits REGEX "${pattern}")
        if(hits)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
            list(GET hits 0 first)
            string(APPEND failures "\n  ${rel}: ${first}   (${why})")
        endif()
    endforeach()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()
check_outside_gateways("(\\.|->)(prepare|cached|exec)\\(" "statements are prepared only in core/gateways")
check_outside_gateways("\"[ (]*(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE TABLE|PRAGMA|WITH RECURSIVE) "
                       "SQL text lives only in core/gateways")

if(failures)
    message(FATAL_ERROR "Layer include rules broken:${failures}")
endif()
