cmake_minimum_required(VERSION 3.21)
# Builds and runs one consumer project. Variables: MODE (installed|vendored), SOURCE_DIR,
# BUILD_DIR (the kpss build), WORK_DIR, GENERATOR, BUILD_TYPE, C/CXX compilers.
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/nested_build.cmake)

file(REMOVE_RECURSE ${WORK_DIR})
nested_build_options(common ${BUILD_TYPE})
if(MODE STREQUAL "installed")
  set(prefix ${WORK_DIR}/prefix)
  run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
  foreach(f include/kpss/kpss.h include/kpss/kpss.hpp include/kpss/core/money.hpp
            include/kpss/kpss_export.h lib/libkpss.a lib/libkpss_c.so
            lib/cmake/kpss/kpssConfig.cmake lib/cmake/kpss/kpssConfigVersion.cmake
            lib/cmake/kpss/kpssTargets.cmake lib/pkgconfig/kpss.pc bin/kpss)
    if(NOT EXISTS ${prefix}/${f})
      message(FATAL_ERROR "the install lacks ${f}")
    endif()
  endforeach()
  run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer/installed -B ${WORK_DIR}/build ${common}
      -DCMAKE_PREFIX_PATH=${prefix})
else()
  run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer/vendored -B ${WORK_DIR}/build ${common}
      -DKPSS_SOURCE_DIR=${SOURCE_DIR})
endif()
run(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
run(${WORK_DIR}/build/use_cpp)
run(${WORK_DIR}/build/use_c)
