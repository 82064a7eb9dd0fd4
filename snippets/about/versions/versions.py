# --8<-- [start:yours]
import platform

import keras
import tensorflow as tf

print("Python", ".".join(platform.python_version_tuple()[:2]))
print("TensorFlow", tf.__version__)
print("Keras", keras.version(), "on the", keras.backend.backend(), "backend")
# --8<-- [end:yours]
