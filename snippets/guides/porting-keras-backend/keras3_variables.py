# --8<-- [start:variables]
import keras
import numpy as np
from keras import ops

v = keras.Variable(np.zeros((2,), "float32"))  # K.variable(...) -> keras.Variable(...)
v.assign([1.0, 2.0])  # K.set_value(v, [1.0, 2.0]) -> v.assign(...)
print("K.get_value(v) / K.eval(v) -> ops.convert_to_numpy(v):", ops.convert_to_numpy(v))

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
# K.set_value(model.optimizer.learning_rate, 0.001) -> assign to the optimizer's variable
model.optimizer.learning_rate.assign(0.001)
print("learning rate:", round(float(ops.convert_to_numpy(model.optimizer.learning_rate)), 6))
# --8<-- [end:variables]
