# Runs with TF_USE_LEGACY_KERAS=1: `tf.keras` is tf-keras (Keras 2).
# --8<-- [start:no_ops]
import tensorflow as tf

print(hasattr(tf.keras, "ops"))  # tf-keras has no keras.ops
print(tf.signal.hamming_window(3, periodic=False).numpy().round(2))  # TensorFlow's own window
# --8<-- [end:no_ops]
