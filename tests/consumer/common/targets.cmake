# The two programs every consumer project builds, whichever way it found kpss.
add_executable(use_cpp ${CMAKE_CURRENT_LIST_DIR}/use_cpp.cpp)
target_link_libraries(use_cpp PRIVATE kpss::kpss)
target_compile_features(use_cpp PRIVATE cxx_std_20)
add_executable(use_c ${CMAKE_CURRENT_LIST_DIR}/use_c.c)
target_link_libraries(use_c PRIVATE kpss::kpss_c)
set_target_properties(use_c PROPERTIES C_STANDARD 99)
