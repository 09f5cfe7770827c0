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
            set(failures "${failures}\n  ${rel}: ${first}   (${why})" PARENT_SCOPE)
        endif()
    endforeach()
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
check_files(app/common "^#include <(QtGui|QtQml|QtQuick|QGuiApplication|QQml|QQuick)" "app/common is shared with the CLI")
check_files(app/cli "^#include <(QtGui|QtQml|QtQuick|QGuiApplication|QQml|QQuick)" "the CLI needs no GUI")
check_files(app "^#include <botan/" "app reaches crypto through core/crypto only")
check_files(app "^#include <sqlite3.h>" "app never talks SQL")

if(failures)
    message(FATAL_ERROR "Layer include rules broken:${failures}")
endif()
