cmake_minimum_required(VERSION 3.21)
# Runs TOOL with ARGS (a ;-list) with standard error not a terminal; passes when it exits
# with RC (default 0) and writes nothing to standard error — no progress bar, no '\r'.
if(NOT DEFINED RC)
  set(RC 0)
endif()
execute_process(COMMAND ${TOOL} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL RC)
  message(FATAL_ERROR "expected exit code ${RC}, got ${rc}\n${out}\n${err}")
endif()
if(NOT err STREQUAL "")
  message(FATAL_ERROR "standard error is not a terminal, yet the tool wrote to it:\n${err}")
endif()
