cmake_minimum_required(VERSION 3.21)
# Recipe-equivalent packaging test: vcpkg and Conan cannot be downloaded here, so this runs
# the steps their recipes run. It reads the options the overlay port (ports/kpss) and the
# Conan recipe (conanfile.py) pass, checks that they agree, configures and installs kpss with
# them into a staging prefix (static C API: vcpkg's default triplet, Conan's shared=False),
# checks the installed layout and the port's usage text, and builds and runs test_package/.
# Variables: SOURCE_DIR, WORK_DIR, GENERATOR, C_COMPILER, CXX_COMPILER.
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/nested_build.cmake)

# Options of the vcpkg port: "-DKPSS_X=VALUE" lines; KPSS_C_SHARED follows the linkage.
file(READ ${SOURCE_DIR}/ports/kpss/portfile.cmake portfile)
string(REGEX MATCHALL "-DKPSS_[A-Z_]+=[^ \n)]+" port_options "${portfile}")
string(REPLACE "\${KPSS_C_SHARED}" "OFF" port_options "${port_options}")
# Options of the Conan recipe: tc.cache_variables["KPSS_X"] = True/False/bool(shared).
file(READ ${SOURCE_DIR}/conanfile.py recipe)
string(REGEX MATCHALL "cache_variables\\[\"KPSS_[A-Z_]+\"\\] = [^\n]+" conan_lines "${recipe}")
set(conan_options "")
foreach(line IN LISTS conan_lines)
  string(REGEX REPLACE "cache_variables\\[\"(KPSS_[A-Z_]+)\"\\] = (.*)" "\\1;\\2" pair "${line}")
  list(GET pair 0 name)
  list(GET pair 1 value)
  if(value STREQUAL "True")
    set(value ON)
  elseif(value STREQUAL "False" OR value MATCHES "options.shared")
    set(value OFF)  # shared=False by default
  endif()
  list(APPEND conan_options "-D${name}=${value}")
endforeach()
# vcpkg builds the tool only with its "tools" feature; the recipes agree on everything else.
list(APPEND port_options "-DKPSS_BUILD_TOOLS=OFF")
list(SORT port_options)
list(SORT conan_options)
if(NOT port_options STREQUAL conan_options)
  message(FATAL_ERROR "the vcpkg port and the Conan recipe configure kpss differently:\n"
                      "  port:  ${port_options}\n  conan: ${conan_options}")
endif()
message(STATUS "recipe options: ${port_options}")

file(REMOVE_RECURSE ${WORK_DIR})
set(stage ${WORK_DIR}/stage)
nested_build_options(common Release)
run(${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/build ${common} ${port_options})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
run(${CMAKE_COMMAND} --install ${WORK_DIR}/build --prefix ${stage})

foreach(f include/kpss/kpss.h include/kpss/kpss.hpp include/kpss/kpss_export.h
          include/kpss/kpss_version.h include/kpss/version.hpp include/kpss/core/money.hpp
          lib/libkpss.a lib/libkpss_c.a lib/cmake/kpss/kpssConfig.cmake
          lib/cmake/kpss/kpssConfigVersion.cmake lib/cmake/kpss/kpssTargets.cmake
          lib/pkgconfig/kpss.pc share/doc/kpss/LICENSE)
  if(NOT EXISTS ${stage}/${f})
    message(FATAL_ERROR "the staged install lacks ${f}")
  endif()
endforeach()
if(EXISTS ${stage}/bin/kpss)
  message(FATAL_ERROR "the recipes do not build the tool, yet bin/kpss was installed")
endif()

# The usage text must name exactly what the package provides.
file(READ ${SOURCE_DIR}/ports/kpss/usage usage)
file(READ ${stage}/lib/cmake/kpss/kpssTargets.cmake targets)
string(REGEX MATCHALL "kpss::[a-z_]+" used "${usage}")
list(REMOVE_DUPLICATES used)
foreach(t IN LISTS used)
  if(NOT targets MATCHES "add_library\\(${t} ")
    message(FATAL_ERROR "usage names ${t}, which the package does not export")
  endif()
endforeach()
foreach(t kpss::kpss kpss::kpss_c)
  if(NOT t IN_LIST used)
    message(FATAL_ERROR "usage does not mention ${t}")
  endif()
endforeach()
if(NOT usage MATCHES "find_package\\(kpss CONFIG REQUIRED\\)")
  message(FATAL_ERROR "usage lacks find_package(kpss CONFIG REQUIRED)")
endif()

run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/test_package -B ${WORK_DIR}/test_package ${common}
    -DCMAKE_PREFIX_PATH=${stage})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/test_package)
run(${WORK_DIR}/test_package/test_package_cpp)
run(${WORK_DIR}/test_package/test_package_c)
message(STATUS "test_package built and ran against the staged install")
