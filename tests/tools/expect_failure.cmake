cmake_minimum_required(VERSION 3.21)
# Runs TOOL with ARGS (a ;-list); passes when it exits with 2 and its error output matches REGEX.
execute_process(COMMAND ${TOOL} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "expected exit code 2, got ${rc}\n${out}\n${err}")
endif()
if(NOT err MATCHES "${REGEX}")
  message(FATAL_ERROR "the error message does not match '${REGEX}':\n${err}")
endif()
