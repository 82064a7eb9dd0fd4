# --8<-- [start:reproduce]
import keras

inputs = keras.Input(shape=(3,), name="features")
outputs = keras.layers.Dense(1, name="prediction")(inputs)
model = keras.Model(inputs, outputs)
output_names = [out.op.name for out in model.outputs]  # TensorFlow 1 code, to freeze a graph
# --8<-- [end:reproduce]
