# What the scripts that build and run nested projects (consumer, packaging) share. They read
# GENERATOR, C_COMPILER and CXX_COMPILER.

# run(COMMAND...) — runs one step and shows its output; a failing step fails the test with it.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}")
  endif()
  message(STATUS "${out}")
endfunction()

# nested_build_options(VAR BUILD_TYPE) — sets VAR to the configure options of a nested build.
# The packaging mechanics are under test, not the code: -O0 and a unity build keep the nested
# build cheap (and prove the sources build as one unit: no clashing file-local names).
function(nested_build_options var build_type)
  string(TOUPPER "${build_type}" config)
  set(${var} -G ${GENERATOR} -DCMAKE_BUILD_TYPE=${build_type} -DCMAKE_UNITY_BUILD=ON
      -DCMAKE_C_FLAGS_${config}=-O0 -DCMAKE_CXX_FLAGS_${config}=-O0
      -DCMAKE_C_COMPILER=${C_COMPILER} -DCMAKE_CXX_COMPILER=${CXX_COMPILER} PARENT_SCOPE)
endfunction()
