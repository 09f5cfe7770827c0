# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# The files lupdate reads for qml/i18n/doichieu_vi.ts: every C++ file of app/gui and app/common and every QML
# file of qml/. Used by qml/CMakeLists.txt (the update_translations target) and by the translations_complete
# test (tests/gui/CheckTranslations.cmake), so both see the same messages.
#
# doichieu_translation_sources(<out-var> <project-source-dir>)
function(doichieu_translation_sources out_var source_dir)
    set(glob_options "")
    if(NOT CMAKE_SCRIPT_MODE_FILE)
        set(glob_options CONFIGURE_DEPENDS) # a new file is seen at the next build
    endif()
    file(GLOB_RECURSE cpp_files ${glob_options}
        "${source_dir}/app/gui/*.cpp" "${source_dir}/app/gui/*.h"
        "${source_dir}/app/common/*.cpp" "${source_dir}/app/common/*.h")
    file(GLOB_RECURSE qml_files ${glob_options} "${source_dir}/qml/*.qml")
    list(SORT cpp_files)
    list(SORT qml_files)
    set(sources ${cpp_files} ${qml_files})
    set(${out_var} "${sources}" PARENT_SCOPE)
endfunction()
